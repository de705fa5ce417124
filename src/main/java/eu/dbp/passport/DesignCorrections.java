package eu.dbp.passport;

import eu.dbp.audit.AuditTrail;
import eu.dbp.platform.ConflictException;
import eu.dbp.platform.FieldViolation;
import eu.dbp.platform.InvalidInputException;
import eu.dbp.platform.NotFoundException;
import jakarta.validation.Validator;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.function.Function;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The manufacturer's additions to and corrections of single parts of a registered design tree:
 * components, fasteners, joints and connectors. A change is checked against the whole tree as it
 * would stand afterwards (the same rules as a registration), guarded by the passport's version,
 * written in one statement and audited with its before and after. Modules and cells change through
 * service, disassembly and succession, not here.
 */
@Service
@Transactional(readOnly = true)
public class DesignCorrections {

    private final JdbcClient jdbc;
    private final PassportService passports;
    private final Validator validator;
    private final AuditTrail audit;

    DesignCorrections(
            JdbcClient jdbc, PassportService passports, Validator validator, AuditTrail audit) {
        this.jdbc = jdbc;
        this.passports = passports;
        this.validator = validator;
        this.audit = audit;
    }

    /** A kind of part: where it lives in the design tree and in the schema. */
    private record Part<T>(
            String name,
            String table,
            Function<PassportDocument.Design, List<T>> list,
            BiFunction<PassportDocument.Design, List<T>, PassportDocument.Design> replace,
            Function<T, String> ref,
            String upsert,
            BiFunction<T, Long, Map<String, Object>> params) {

        String path() {
            return "design." + table + "s";
        }
    }

    @Transactional
    public DesignChange<PassportDocument.Component> component(
            String identifier, String ref, DesignChange<PassportDocument.Component> change) {
        return apply(identifier, ref, change, COMPONENT);
    }

    @Transactional
    public DesignChange<PassportDocument.Fastener> fastener(
            String identifier, String ref, DesignChange<PassportDocument.Fastener> change) {
        return apply(identifier, ref, change, FASTENER);
    }

    @Transactional
    public DesignChange<PassportDocument.Joint> joint(
            String identifier, String ref, DesignChange<PassportDocument.Joint> change) {
        return apply(identifier, ref, change, JOINT);
    }

    @Transactional
    public DesignChange<PassportDocument.Connector> connector(
            String identifier, String ref, DesignChange<PassportDocument.Connector> change) {
        return apply(identifier, ref, change, CONNECTOR);
    }

    /**
     * Adds the part when {@code ref} is null, otherwise replaces the part of that ref. The version
     * is checked first, so a stale change gets 409 whatever else is wrong with it.
     */
    private <T> DesignChange<T> apply(
            String identifier, String ref, DesignChange<T> change, Part<T> kind) {
        validateFields(change);
        PassportReader.BatteryRow row = passports.writable(identifier);
        claimVersion(row, change.version());
        T part = change.part();
        String partRef = kind.ref().apply(part);

        PassportDocument.Design design = passports.document(identifier).design();
        List<T> parts = new ArrayList<>(kind.list().apply(design));
        int index = indexOf(parts, kind, ref == null ? partRef : ref);
        T before = null;
        if (ref == null) {
            if (index >= 0) {
                throw new ConflictException(
                        "battery "
                                + identifier
                                + " already has a "
                                + kind.name()
                                + " '"
                                + partRef
                                + "'; correct it with PUT");
            }
            index = parts.size();
            parts.add(part);
        } else {
            if (index < 0) {
                throw new NotFoundException(kind.name(), ref);
            }
            if (!ref.equals(partRef)) {
                throw new InvalidInputException(
                        "part.ref",
                        "equals path",
                        "a part keeps its ref: the body names '"
                                + partRef
                                + "', the path '"
                                + ref
                                + "'");
            }
            before = parts.set(index, part);
        }
        checkRules(kind.replace().apply(design, parts), kind, index);

        jdbc.sql(kind.upsert()).params(kind.params().apply(part, row.key())).update();
        audit.record(
                identifier,
                "design." + kind.name() + (before == null ? ".added" : ".corrected"),
                kind.table(),
                partRef,
                before,
                part);
        return new DesignChange<>(change.version() + 1, part);
    }

    private void validateFields(DesignChange<?> change) {
        if (change == null) {
            throw new InvalidInputException("$", "required", "the body names a version and a part");
        }
        List<FieldViolation> violations = new ArrayList<>();
        validator.validate(change).forEach(v -> violations.add(FieldViolation.of(v)));
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
    }

    /** Moves the passport to its next version, or refuses a change based on an older one. */
    private void claimVersion(PassportReader.BatteryRow row, int version) {
        int updated =
                jdbc.sql(
                                "update battery set version = version + 1 where id = :key and version = :version")
                        .param("key", row.key())
                        .param("version", version)
                        .update();
        if (updated == 0) {
            throw ConflictException.staleVersion("battery", row.identifier(), version);
        }
    }

    /**
     * The tree's rules as the change leaves it; violations of the changed part are named {@code
     * part.*}.
     */
    private static <T> void checkRules(PassportDocument.Design design, Part<T> kind, int index) {
        String changed = kind.path() + "[" + index + "]";
        List<FieldViolation> violations =
                PassportRules.check(design).stream()
                        .map(
                                v ->
                                        v.field().startsWith(changed + ".")
                                                ? new FieldViolation(
                                                        "part"
                                                                + v.field()
                                                                        .substring(
                                                                                changed.length()),
                                                        v.rule(),
                                                        v.message())
                                                : v)
                        .toList();
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
    }

    private static <T> int indexOf(List<T> parts, Part<T> kind, String ref) {
        for (int i = 0; i < parts.size(); i++) {
            if (kind.ref().apply(parts.get(i)).equals(ref)) {
                return i;
            }
        }
        return -1;
    }

    // --- the four kinds ------------------------------------------------------------------------

    private static final Part<PassportDocument.Component> COMPONENT =
            new Part<>(
                    "component",
                    "component",
                    PassportDocument.Design::components,
                    (d, list) ->
                            new PassportDocument.Design(
                                    d.pack(),
                                    list,
                                    d.modules(),
                                    d.packCells(),
                                    d.fasteners(),
                                    d.joints(),
                                    d.connectors(),
                                    d.joiningSequence()),
                    PassportDocument.Component::ref,
                    """
                    insert into component (battery_id, ref, kind, name, location, high_voltage, mass_kg, material,
                        part_number, spare_part_source)
                    values (:key, :ref, :kind, :name, :location, :hv, :mass, :material, :partNumber, :source)
                    on conflict (battery_id, ref) do update set kind = excluded.kind, name = excluded.name,
                        location = excluded.location, high_voltage = excluded.high_voltage,
                        mass_kg = excluded.mass_kg, material = excluded.material,
                        part_number = excluded.part_number, spare_part_source = excluded.spare_part_source""",
                    (c, key) ->
                            params(
                                    key,
                                    c.ref(),
                                    "kind",
                                    c.kind().name(),
                                    "name",
                                    c.name(),
                                    "location",
                                    c.location(),
                                    "hv",
                                    c.highVoltage(),
                                    "mass",
                                    c.massKg(),
                                    "material",
                                    c.material(),
                                    "partNumber",
                                    c.partNumber(),
                                    "source",
                                    c.sparePartSource()));

    private static final Part<PassportDocument.Fastener> FASTENER =
            new Part<>(
                    "fastener",
                    "fastener",
                    PassportDocument.Design::fasteners,
                    (d, list) ->
                            new PassportDocument.Design(
                                    d.pack(),
                                    d.components(),
                                    d.modules(),
                                    d.packCells(),
                                    list,
                                    d.joints(),
                                    d.connectors(),
                                    d.joiningSequence()),
                    PassportDocument.Fastener::ref,
                    """
                    insert into fastener (battery_id, ref, type, size, drive, count, material, torque_nm, angle_deg,
                        single_use, captive, location)
                    values (:key, :ref, :type, :size, :drive, :count, :material, :torque, :angle, :singleUse,
                        :captive, :location)
                    on conflict (battery_id, ref) do update set type = excluded.type, size = excluded.size,
                        drive = excluded.drive, count = excluded.count, material = excluded.material,
                        torque_nm = excluded.torque_nm, angle_deg = excluded.angle_deg,
                        single_use = excluded.single_use, captive = excluded.captive,
                        location = excluded.location""",
                    (f, key) ->
                            params(
                                    key,
                                    f.ref(),
                                    "type",
                                    f.type().name(),
                                    "size",
                                    f.size(),
                                    "drive",
                                    f.drive() == null ? null : f.drive().name(),
                                    "count",
                                    f.count(),
                                    "material",
                                    f.material(),
                                    "torque",
                                    f.torqueNm(),
                                    "angle",
                                    f.angleDeg(),
                                    "singleUse",
                                    f.singleUse(),
                                    "captive",
                                    f.captive(),
                                    "location",
                                    f.location()));

    private static final Part<PassportDocument.Joint> JOINT =
            new Part<>(
                    "joint",
                    "joint",
                    PassportDocument.Design::joints,
                    (d, list) ->
                            new PassportDocument.Design(
                                    d.pack(),
                                    d.components(),
                                    d.modules(),
                                    d.packCells(),
                                    d.fasteners(),
                                    list,
                                    d.connectors(),
                                    d.joiningSequence()),
                    PassportDocument.Joint::ref,
                    """
                    insert into joint (battery_id, ref, type, part_id, attached_to_id, fastener_id, location, notes)
                    values (:key, :ref, :type,
                        (select id from component where battery_id = :key and ref = :part),
                        (select id from component where battery_id = :key and ref = :attachedTo),
                        (select id from fastener where battery_id = :key and ref = :fastener),
                        :location, :notes)
                    on conflict (battery_id, ref) do update set type = excluded.type, part_id = excluded.part_id,
                        attached_to_id = excluded.attached_to_id, fastener_id = excluded.fastener_id,
                        location = excluded.location, notes = excluded.notes""",
                    (j, key) ->
                            params(
                                    key,
                                    j.ref(),
                                    "type",
                                    j.type().name(),
                                    "part",
                                    j.part(),
                                    "attachedTo",
                                    j.attachedTo(),
                                    "fastener",
                                    j.fastener(),
                                    "location",
                                    j.location(),
                                    "notes",
                                    j.notes()));

    private static final Part<PassportDocument.Connector> CONNECTOR =
            new Part<>(
                    "connector",
                    "connector",
                    PassportDocument.Design::connectors,
                    (d, list) ->
                            new PassportDocument.Design(
                                    d.pack(),
                                    d.components(),
                                    d.modules(),
                                    d.packCells(),
                                    d.fasteners(),
                                    d.joints(),
                                    list,
                                    d.joiningSequence()),
                    PassportDocument.Connector::ref,
                    """
                    insert into connector (battery_id, ref, type, voltage_class, rated_voltage_v, part_id,
                        mates_with_id, location)
                    values (:key, :ref, :type, :voltageClass, :rated,
                        (select id from component where battery_id = :key and ref = :part),
                        (select id from component where battery_id = :key and ref = :matesWith),
                        :location)
                    on conflict (battery_id, ref) do update set type = excluded.type,
                        voltage_class = excluded.voltage_class, rated_voltage_v = excluded.rated_voltage_v,
                        part_id = excluded.part_id, mates_with_id = excluded.mates_with_id,
                        location = excluded.location""",
                    (c, key) ->
                            params(
                                    key,
                                    c.ref(),
                                    "type",
                                    c.type().name(),
                                    "voltageClass",
                                    c.voltageClass().name(),
                                    "rated",
                                    c.ratedVoltage(),
                                    "part",
                                    c.part(),
                                    "matesWith",
                                    c.matesWith(),
                                    "location",
                                    c.location()));

    private static Map<String, Object> params(long key, String ref, Object... namesAndValues) {
        Map<String, Object> params = new java.util.HashMap<>();
        params.put("key", key);
        params.put("ref", ref);
        for (int i = 0; i < namesAndValues.length; i += 2) {
            params.put((String) namesAndValues[i], namesAndValues[i + 1]);
        }
        return params;
    }
}
