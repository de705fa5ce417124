package eu.dbp.access;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * What the access rules need to know about a battery, answered by the module that keeps passports.
 * Declared here so that access does not depend on how passports are stored.
 */
public interface BatteryOwnership {

    /** The organisations that own and answer for a battery, by its unique identifier. */
    Optional<Owners> ownersOf(String batteryIdentifier);

    /** The owners of several batteries; unknown batteries are absent from the map. */
    default Map<String, Owners> ownersOf(Collection<String> batteryIdentifiers) {
        Map<String, Owners> owners = new HashMap<>();
        batteryIdentifiers.forEach(id -> ownersOf(id).ifPresent(o -> owners.put(id, o)));
        return owners;
    }

    /**
     * @param manufacturerOrg code of the organisation that placed the battery on the market
     * @param responsibleOrg code of the operator responsible for the passport now
     * @param ceased the battery was recycled and its passport is read-only
     */
    record Owners(String manufacturerOrg, String responsibleOrg, boolean ceased) {}
}
