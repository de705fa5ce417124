package eu.dbp.access;

import eu.dbp.access.BatteryOwnership.Owners;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * The access rules for one battery, in one place. The filter chain applies them to URLs;
 * controllers and services may also name them in method security, e.g.
 * {@code @PreAuthorize("@batteryAccess.canWrite(#id, 'SERVICE')")}.
 *
 * <p>Writes: the caller needs the stage's permission, the passport must not have ceased, and the
 * caller's organisation must be responsible for the battery now, be authorised in writing by the
 * responsible operator (Art. 77(4)), or hold an active legitimate-interest grant whose purpose
 * covers the stage. Design data is changed only by the manufacturer (or its authorised
 * representative); machine clients write only to the batteries bound to them.
 *
 * <p>An unknown battery passes the organisation checks, so that the handler can answer 404.
 */
@Component("batteryAccess")
public class BatteryAccess {

    private final ObjectProvider<BatteryOwnership> ownership;
    private final Relations relations;

    BatteryAccess(ObjectProvider<BatteryOwnership> ownership, Relations relations) {
        this.ownership = ownership;
        this.relations = relations;
    }

    /** Whether the current caller may write the given stage of the battery. */
    public boolean canWrite(String batteryIdentifier, String stage) {
        return canWrite(Callers.current(), batteryIdentifier, Stage.valueOf(stage));
    }

    /** Whether the current caller may register a new battery as its manufacturer. */
    public boolean canCreate() {
        return Callers.current().may("battery.create");
    }

    /**
     * Whether the current caller may issue the new passport of a battery made from the given
     * originals (repurposing, remanufacturing: Art. 77(7)).
     */
    public boolean canSucceed(Collection<String> originalIdentifiers) {
        Caller caller = Callers.current();
        if (originalIdentifiers == null || originalIdentifiers.isEmpty()) {
            return caller.may("battery.create");
        }
        return originalIdentifiers.stream().allMatch(id -> canWrite(caller, id, Stage.SUCCESSION));
    }

    /** Whether the current caller may read attributes of the given tier of the battery. */
    public boolean canRead(String batteryIdentifier, String tier) {
        return canRead(Callers.current(), batteryIdentifier, Tier.valueOf(tier));
    }

    /**
     * Which of these batteries the current caller may read at the given tier, decided with a fixed
     * number of queries whatever their number (for lists and overviews).
     */
    public java.util.Set<String> readable(Collection<String> batteries, String tier) {
        Caller caller = Callers.current();
        Tier wanted = Tier.valueOf(tier);
        java.util.Set<String> readable = new java.util.HashSet<>();
        if (wanted == Tier.PUBLIC || caller.may("battery.read.authority")) {
            readable.addAll(batteries);
            return readable;
        }
        if (caller.anonymous()) {
            return readable;
        }
        BatteryOwnership source = ownership.getIfAvailable();
        java.util.Map<String, Owners> owners =
                source == null ? java.util.Map.of() : source.ownersOf(batteries);
        java.util.Map<String, List<String>> grantors = new java.util.HashMap<>();
        java.util.Map<String, String> manufacturers = new java.util.HashMap<>();
        for (String battery : batteries) {
            Owners o = owners.get(battery);
            if (o == null) {
                readable.add(battery);
            } else if (!caller.machine()
                    && caller.organisation() != null
                    && (caller.organisation().equals(o.responsibleOrg())
                            || caller.organisation().equals(o.manufacturerOrg()))) {
                readable.add(battery);
            } else if (!caller.machine()) {
                grantors.put(battery, grantors(o));
                manufacturers.put(battery, o.manufacturerOrg());
            }
        }
        readable.addAll(relations.batteriesAuthorised(caller.organisation(), grantors));
        if (wanted == Tier.LEGITIMATE_INTEREST) {
            manufacturers.keySet().removeAll(readable);
            readable.addAll(
                    relations.batteriesWithActiveGrant(caller.organisation(), manufacturers));
        }
        return readable;
    }

    /** Owners, their authorised representatives and holders of {@code audit.read}. */
    public boolean canReadAudit(String batteryIdentifier) {
        Caller caller = Callers.current();
        if (caller.anonymous()) {
            return false;
        }
        if (caller.may("audit.read")) {
            return true;
        }
        return owners(batteryIdentifier)
                .map(o -> answersFor(caller, batteryIdentifier, o))
                .orElse(false);
    }

    /**
     * Whether the current caller may grant legitimate interest over these batteries or over every
     * battery of {@code manufacturer}: the platform administrator always, a manufacturer for its
     * own batteries, a responsible operator for the batteries it answers for.
     */
    public boolean canGrant(Collection<String> batteries, String manufacturer) {
        Caller caller = Callers.current();
        if (!caller.may("access.grant")) {
            return false;
        }
        if (caller.may("access.admin")) {
            return true;
        }
        if (manufacturer != null) {
            return manufacturer.equals(caller.organisation());
        }
        return batteries != null
                && !batteries.isEmpty()
                && batteries.stream()
                        .allMatch(
                                id ->
                                        owners(id)
                                                .map(o -> responsibleFor(caller, id, o))
                                                .orElse(false));
    }

    /**
     * Whether the current caller may authorise another operator in writing to act for its
     * organisation (Art. 77(4)) on these batteries, or on all it answers for if none are named.
     */
    public boolean canAuthorise(Collection<String> batteries) {
        Caller caller = Callers.current();
        if (!caller.may("access.authorise") || caller.organisation() == null) {
            return false;
        }
        return batteries == null
                || batteries.stream()
                        .allMatch(
                                id ->
                                        owners(id)
                                                .map(
                                                        o ->
                                                                caller.organisation()
                                                                        .equals(
                                                                                o.responsibleOrg()
                                                                                                == null
                                                                                        ? o
                                                                                                .manufacturerOrg()
                                                                                        : o
                                                                                                .responsibleOrg()))
                                                .orElse(false));
    }

    boolean canWrite(Caller caller, String battery, Stage stage) {
        if (caller.anonymous() || !caller.may(stage.permission())) {
            return false;
        }
        Optional<Owners> found = owners(battery);
        if (found.isEmpty()) {
            return true;
        }
        Owners owners = found.get();
        if (owners.ceased()) {
            return false;
        }
        if (caller.machine()) {
            return stage == Stage.SOX && relations.machineFeeds(caller.name(), battery);
        }
        if (stage == Stage.DESIGN) {
            return Objects.equals(caller.organisation(), owners.manufacturerOrg())
                    || relations.authorised(
                            caller.organisation(), battery, List.of(owners.manufacturerOrg()));
        }
        if (responsibleFor(caller, battery, owners)) {
            return true;
        }
        List<String> purposes =
                relations.activePurposes(caller.organisation(), battery, owners.manufacturerOrg());
        return relations.purposeAllows(purposes, stage);
    }

    boolean canRead(Caller caller, String battery, Tier tier) {
        if (tier == Tier.PUBLIC) {
            return true;
        }
        if (caller.anonymous()) {
            return false;
        }
        if (caller.may("battery.read.authority")) {
            return true;
        }
        Optional<Owners> found = owners(battery);
        if (found.isEmpty()) {
            return true;
        }
        Owners owners = found.get();
        if (answersFor(caller, battery, owners)) {
            return true;
        }
        if (tier == Tier.AUTHORITY || caller.machine()) {
            return false;
        }
        return !relations
                .activePurposes(caller.organisation(), battery, owners.manufacturerOrg())
                .isEmpty();
    }

    /** Responsible now, manufacturer, or authorised in writing by one of them. */
    private boolean answersFor(Caller caller, String battery, Owners owners) {
        String org = caller.organisation();
        if (org == null || caller.machine()) {
            return false;
        }
        if (org.equals(owners.responsibleOrg()) || org.equals(owners.manufacturerOrg())) {
            return true;
        }
        return relations.authorised(org, battery, grantors(owners));
    }

    /**
     * Writes follow responsibility: once it has moved (waste, Art. 77(7)), the manufacturer no
     * longer records lifecycle data unless the new responsible operator authorises it.
     */
    private boolean responsibleFor(Caller caller, String battery, Owners owners) {
        String responsible =
                owners.responsibleOrg() == null
                        ? owners.manufacturerOrg()
                        : owners.responsibleOrg();
        return caller.organisation() != null
                && (caller.organisation().equals(responsible)
                        || relations.authorised(
                                caller.organisation(), battery, List.of(responsible)));
    }

    private static List<String> grantors(Owners owners) {
        return owners.responsibleOrg() == null
                        || owners.responsibleOrg().equals(owners.manufacturerOrg())
                ? List.of(owners.manufacturerOrg())
                : List.of(owners.manufacturerOrg(), owners.responsibleOrg());
    }

    /**
     * Hands over the owners of a battery whose passport a GET request has just read, so that the
     * tier filter of the answer needs no lookup of its own. Outside a GET request it does nothing:
     * a write always asks afresh.
     */
    public void readOwners(String battery, Owners owners) {
        HttpServletRequest request = currentGet();
        if (request != null) {
            request.setAttribute(ownersKey(battery), Optional.of(owners));
        }
    }

    /**
     * The battery's owners. A read asks several times (the URL rule, then the tier filter of the
     * answer), so within one GET request the answer is kept on the request.
     */
    private Optional<Owners> owners(String battery) {
        BatteryOwnership source = ownership.getIfAvailable();
        if (source == null || battery == null) {
            return Optional.empty();
        }
        HttpServletRequest request = currentGet();
        if (request == null) {
            return source.ownersOf(battery);
        }
        @SuppressWarnings("unchecked")
        Optional<Owners> known = (Optional<Owners>) request.getAttribute(ownersKey(battery));
        if (known == null) {
            known = source.ownersOf(battery);
            request.setAttribute(ownersKey(battery), known);
        }
        return known;
    }

    /** The current request if it is a GET, whose answers may be kept for its duration. */
    private static HttpServletRequest currentGet() {
        if (RequestContextHolder.getRequestAttributes()
                        instanceof ServletRequestAttributes attributes
                && "GET".equals(attributes.getRequest().getMethod())) {
            return attributes.getRequest();
        }
        return null;
    }

    private static String ownersKey(String battery) {
        return BatteryAccess.class.getName() + ".owners." + battery;
    }
}
