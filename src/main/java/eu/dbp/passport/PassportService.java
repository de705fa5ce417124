package eu.dbp.passport;

import eu.dbp.access.BatteryAccess;
import eu.dbp.access.BatteryOwnership;
import eu.dbp.audit.AuditTrail;
import eu.dbp.platform.ConflictException;
import eu.dbp.platform.CurrentActor;
import eu.dbp.platform.FieldViolation;
import eu.dbp.platform.InvalidInputException;
import eu.dbp.platform.NotFoundException;
import eu.dbp.platform.Organisations;
import jakarta.validation.Validator;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The passport module's public face: registering passports, reading them in the shapes the API and
 * the other modules need, and the regulation's lifecycle transitions (waste, succession by
 * repurposing or remanufacturing, cessation after recycling). Every write is validated here,
 * checked against the passport's state and recorded in the audit trail in the same transaction.
 */
@Service
@Transactional(readOnly = true)
public class PassportService implements BatteryOwnership {

    private final PassportReader reader;
    private final PassportWriter writer;
    private final PassportExport export;
    private final JdbcClient jdbc;
    private final Validator validator;
    private final Organisations organisations;
    private final CurrentActor actor;
    private final AuditTrail audit;
    private final ObjectProvider<SoxSource> sox;
    private final CompletenessChecker completeness;
    private final PassportValidation validation;
    private final ObjectProvider<BatteryAccess> access;

    PassportService(
            PassportReader reader,
            PassportWriter writer,
            PassportExport export,
            JdbcClient jdbc,
            Validator validator,
            Organisations organisations,
            CurrentActor actor,
            AuditTrail audit,
            ObjectProvider<SoxSource> sox,
            CompletenessChecker completeness,
            PassportValidation validation,
            ObjectProvider<BatteryAccess> access) {
        this.access = access;
        this.completeness = completeness;
        this.validation = validation;
        this.reader = reader;
        this.writer = writer;
        this.export = export;
        this.jdbc = jdbc;
        this.validator = validator;
        this.organisations = organisations;
        this.actor = actor;
        this.audit = audit;
        this.sox = sox;
    }

    // --- registration --------------------------------------------------------------------------

    /** Registers a passport owned by the caller's organisation, with its whole design tree. */
    @Transactional
    public Passport register(PassportDocument document) {
        String organisation = actor.get().organisation();
        if (organisation == null) {
            throw new InvalidInputException(
                    "manufacturer",
                    "authenticated organisation",
                    "a passport is registered by an organisation; this caller acts for none");
        }
        return registerFor(organisation, document);
    }

    /** Registers a passport owned by the named organisation (demo data, imports by operators). */
    @Transactional
    public Passport registerFor(String organisationCode, PassportDocument document) {
        store(organisationCode, document);
        return passport(document.id());
    }

    /**
     * Registers a passport like {@link #registerFor} without reading it back: a bulk import answers
     * with a report, not with every passport.
     */
    @Transactional
    public void importFor(String organisationCode, PassportDocument document) {
        store(organisationCode, document);
    }

    private void store(String organisationCode, PassportDocument document) {
        validate(document);
        if (reader.key(document.id()).isPresent()) {
            throw new ConflictException(
                    "a passport with identifier " + document.id() + " already exists");
        }
        long owner = organisations.require(organisationCode).id();

        writer.insert(document, owner);
        audit.record(
                document.id(),
                "battery.registered",
                "battery",
                document.id(),
                null,
                auditView(document, organisationCode));
    }

    /** Bean Validation of every field, then the rules across fields; 422 with every broken rule. */
    public void validate(PassportDocument document) {
        validation.validate(document);
    }

    /**
     * Corrects identity and model-level data (the manufacturer's duty of Art. 77(4)), guarded by
     * the version the correction was based on: a stale one gets 409 and changes nothing.
     */
    @Transactional
    public Passport update(String identifier, PassportUpdate update) {
        validation.validate(update);
        PassportReader.BatteryRow row = writable(identifier);
        Passport before = passport(identifier);

        int updated = writer.update(row.key(), update);
        if (updated == 0) {
            throw ConflictException.staleVersion("battery", identifier, update.version());
        }
        Passport after = passport(identifier);
        audit.record(
                identifier,
                "battery.updated",
                "battery",
                identifier,
                auditView(before, true),
                auditView(after, true));
        return after;
    }

    // --- reads ---------------------------------------------------------------------------------

    /**
     * Reads outside a transaction of their own (two statements, no BEGIN and COMMIT round trips):
     * the passport and its SoX rollup need no common snapshot. Inside a write they join it.
     */
    @Transactional(propagation = Propagation.SUPPORTS)
    public Passport passport(String identifier) {
        PassportReader.Keyed found =
                reader.passport(identifier)
                        .orElseThrow(() -> new NotFoundException("battery", identifier));
        Passport passport = found.passport();
        access.ifAvailable(
                a ->
                        a.readOwners(
                                identifier,
                                new Owners(
                                        passport.manufacturer().code(),
                                        passport.responsibleOperator() == null
                                                ? null
                                                : passport.responsibleOperator().code(),
                                        passport.ceased())));
        return passport.withLatestSox(latestSox(found.key()));
    }

    public BatteryPage search(BatteryFilter filter, int page, int size) {
        if (page < 0) {
            throw new InvalidInputException("page", "min 0", "page must be 0 or more");
        }
        if (size < 1 || size > 500) {
            throw new InvalidInputException(
                    "size", "range 1..500", "size must be between 1 and 500");
        }
        return reader.search(filter, page, size);
    }

    public MaterialChain materials(String identifier) {
        return reader.materials(batteryKey(identifier), identifier);
    }

    public List<ModuleDetail> modules(String identifier) {
        return reader.modules(batteryKey(identifier));
    }

    /** The whole passport as one document, in the shape {@link #register} accepts. */
    public PassportDocument document(String identifier) {
        PassportReader.Keyed found =
                reader.passport(identifier)
                        .orElseThrow(() -> new NotFoundException("battery", identifier));
        return export.document(found.key(), found.passport());
    }

    /**
     * Which data points the regulation requires for this battery's category, and which it holds.
     */
    public Completeness completeness(String identifier) {
        PassportReader.Keyed found =
                reader.passport(identifier)
                        .orElseThrow(() -> new NotFoundException("battery", identifier));
        return completeness.check(
                found.passport().withLatestSox(latestSox(found.key())), found.key());
    }

    public List<PassportDocument.ProductionStep> production(String identifier) {
        return export.production(batteryKey(identifier));
    }

    /** A read-only view of one pack for safety, planning and decision; 404 if unknown. */
    public PackView packView(String identifier) {
        PassportReader.Keyed found =
                reader.passport(identifier)
                        .orElseThrow(() -> new NotFoundException("battery", identifier));
        long key = found.key();
        Passport passport = found.passport();
        if (passport.design() == null) {
            throw new ConflictException(
                    "battery " + identifier + " has no pack design in its passport");
        }
        return export.packView(
                key, passport, Optional.ofNullable(latestSox(key)).orElse(PackView.Sox.none()));
    }

    /**
     * Pack views of several batteries at once, by identifier, with a fixed number of queries: for
     * lists and overviews. Unknown batteries and passports without a pack design are absent.
     */
    public Map<String, PackView> packViews(java.util.Collection<String> identifiers) {
        Map<Long, Passport> passports = new LinkedHashMap<>();
        reader.passports(identifiers)
                .forEach(found -> passports.put(found.key(), found.passport()));
        SoxSource source = sox.getIfAvailable();
        Map<Long, PackView.Sox> latest =
                source == null ? Map.of() : source.latest(passports.keySet());

        Map<String, PackView> views = new LinkedHashMap<>();
        export.packViews(passports, latest)
                .forEach((key, view) -> views.put(view.identifier(), view));
        return views;
    }

    /**
     * The internal key of a battery (the distribution key of pack-scoped tables); 404 if unknown.
     */
    public long batteryKey(String identifier) {
        return reader.key(identifier)
                .orElseThrow(() -> new NotFoundException("battery", identifier));
    }

    public boolean exists(String identifier) {
        return reader.key(identifier).isPresent();
    }

    @Override
    @Transactional(propagation = Propagation.SUPPORTS)
    public Optional<Owners> ownersOf(String batteryIdentifier) {
        return reader.row(batteryIdentifier)
                .map(row -> new Owners(row.manufacturer(), row.responsible(), row.ceased()));
    }

    @Override
    @Transactional(propagation = Propagation.SUPPORTS)
    public Map<String, Owners> ownersOf(java.util.Collection<String> batteryIdentifiers) {
        Map<String, Owners> owners = new LinkedHashMap<>();
        reader.rows(batteryIdentifiers)
                .forEach(
                        row ->
                                owners.put(
                                        row.identifier(),
                                        new Owners(
                                                row.manufacturer(),
                                                row.responsible(),
                                                row.ceased())));
        return owners;
    }

    private PackView.Sox latestSox(long key) {
        SoxSource source = sox.getIfAvailable();
        return source == null ? null : source.latest(key).orElse(null);
    }

    // --- lifecycle -----------------------------------------------------------------------------

    /**
     * Changes the status where the regulation allows it without a new passport: a battery becomes
     * waste, and responsibility passes to the operator that takes it (the caller's organisation,
     * Art. 77(7) second subparagraph). Reuse, repurposing and remanufacturing issue a new passport
     * instead, see {@link #issueSuccessor}.
     */
    @Transactional
    public Passport changeStatus(String identifier, BatteryStatus status, String reason) {
        PassportReader.BatteryRow row = writable(identifier);
        if (status != BatteryStatus.WASTE) {
            throw new InvalidInputException(
                    "status",
                    "WASTE only",
                    "only WASTE is set on an existing passport; "
                            + status
                            + " gives the battery a new passport linked to this one (Art. 77(7))");
        }
        if (row.status() == BatteryStatus.WASTE) {
            throw new ConflictException("battery " + identifier + " is already WASTE");
        }

        String taker = actor.get().organisation();
        jdbc.sql(
                        """
                update battery set status = 'WASTE', version = version + 1, updated_at = now(),
                    responsible_org_id = coalesce((select id from organisation where code = :taker), responsible_org_id)
                where id = :key""")
                .param("taker", taker)
                .param("key", row.key())
                .update();
        audit.record(
                identifier,
                "battery.status-changed",
                "battery",
                identifier,
                Map.of("status", row.status().name(), "responsible", row.responsible()),
                Map.of(
                        "status",
                        "WASTE",
                        "responsible",
                        taker == null ? row.responsible() : taker,
                        "reason",
                        reason == null ? "" : reason));
        return passport(identifier);
    }

    /**
     * After recycling the passport ceases to exist as a living record (Art. 77(8)) and is
     * read-only.
     */
    @Transactional
    public Passport cease(String identifier, String reason) {
        PassportReader.BatteryRow row = writable(identifier);

        jdbc.sql(
                        """
                update battery set status = 'WASTE', ceased_at = now(), version = version + 1, updated_at = now()
                where id = :key""")
                .param("key", row.key())
                .update();
        audit.record(
                identifier,
                "battery.ceased",
                "battery",
                identifier,
                Map.of("status", row.status().name(), "ceased", false),
                Map.of("status", "WASTE", "ceased", true, "reason", reason == null ? "" : reason));
        return passport(identifier);
    }

    /**
     * Issues the new passport of a battery that was prepared for re-use, repurposed or
     * remanufactured, linked to the passport(s) of the original(s) (Art. 77(7)); each original
     * records the outcome and the successor. The caller's organisation becomes responsible.
     */
    @Transactional
    public Passport issueSuccessor(
            List<String> originalIds,
            PassportDocument.LineageRelation relation,
            PassportDocument newPassport) {
        if (originalIds == null || originalIds.isEmpty()) {
            throw new InvalidInputException(
                    "originals", "not empty", "name the original battery or batteries");
        }
        originalIds.forEach(this::writable);
        BatteryStatus status =
                switch (relation) {
                    case REPURPOSED_FROM -> BatteryStatus.REPURPOSED;
                    case REMANUFACTURED_FROM -> BatteryStatus.REMANUFACTURED;
                    case REUSED_FROM, PREPARED_FOR_REUSE_FROM -> BatteryStatus.REUSED;
                };
        List<PassportDocument.Predecessor> links =
                originalIds.stream()
                        .map(id -> new PassportDocument.Predecessor(id, relation))
                        .toList();
        PassportDocument successor = withLineage(newPassport, status, links);

        Passport issued = register(successor);
        String outcome =
                switch (status) {
                    case REPURPOSED -> "REPURPOSED";
                    case REMANUFACTURED -> "REMANUFACTURED";
                    default -> "REUSED";
                };
        for (String original : originalIds) {
            recordEndOfLife(
                    original,
                    new EndOfLifeRecord(
                            EndOfLifeRecord.Outcome.valueOf(outcome),
                            null,
                            "succeeded by passport " + issued.id(),
                            issued.id(),
                            Map.of(),
                            List.of()));
        }
        return issued;
    }

    private static PassportDocument withLineage(
            PassportDocument d,
            BatteryStatus status,
            List<PassportDocument.Predecessor> predecessors) {
        return new PassportDocument(
                d.id(),
                d.model(),
                d.serialNumber(),
                d.batteryCategory(),
                d.batteryChemistry(),
                status,
                null,
                null,
                null,
                d.manufacturing(),
                d.batteryMass(),
                d.ratings(),
                d.circularity(),
                d.performance(),
                d.labels(),
                d.assumedValues(),
                predecessors,
                d.hazardousSubstances(),
                d.documents(),
                d.materialBatches(),
                d.camLots(),
                d.cellModels(),
                d.design(),
                d.production(),
                null);
    }

    /** Records what became of the battery, with recovered materials and parts. */
    @Transactional
    public EndOfLifeRecord recordEndOfLife(String identifier, EndOfLifeRecord record) {
        PassportReader.BatteryRow row = writable(identifier);
        List<FieldViolation> violations = new ArrayList<>();
        validator.validate(record).forEach(v -> violations.add(FieldViolation.of(v)));
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
        String org = Optional.ofNullable(actor.get().organisation()).orElse(row.responsible());

        long id =
                jdbc.sql(
                                """
                insert into end_of_life_record (battery_id, outcome, recorded_at, org_id, process, notes,
                    successor_battery_id)
                values (:key, :outcome, now(), (select id from organisation where code = :org), :process, :notes,
                    (select id from battery where identifier = :successor))
                returning id""")
                        .param("key", row.key())
                        .param("outcome", record.outcome().name())
                        .param("org", org)
                        .param("process", record.process() == null ? null : record.process().name())
                        .param("notes", record.notes())
                        .param("successor", record.successor())
                        .query(Long.class)
                        .single();
        record.recoveredMaterials()
                .forEach(
                        (element, mass) ->
                                jdbc.sql(
                                                """
                insert into recovered_material (battery_id, end_of_life_id, element, mass_kg)
                values (:key, :eol, :element, :mass)""")
                                        .param("key", row.key())
                                        .param("eol", id)
                                        .param("element", element.name())
                                        .param("mass", mass)
                                        .update());
        for (int i = 0; i < record.recoveredParts().size(); i++) {
            EndOfLifeRecord.RecoveredPart part = record.recoveredParts().get(i);
            if (part.moduleSerial() != null && !moduleExists(row.key(), part.moduleSerial())) {
                throw new InvalidInputException(
                        "recoveredParts[" + i + "].moduleSerial",
                        "reference",
                        "module '"
                                + part.moduleSerial()
                                + "' is not part of battery "
                                + identifier);
            }
            jdbc.sql(
                            """
                    insert into recovered_part (battery_id, end_of_life_id, module_id, cell_count, grade, soh_pct)
                    values (:key, :eol, (select id from module where battery_id = :key and serial_number = :module),
                        :cells, :grade, :soh)""")
                    .param("key", row.key())
                    .param("eol", id)
                    .param("module", part.moduleSerial())
                    .param("cells", part.cellCount())
                    .param("grade", part.grade().name())
                    .param("soh", part.soh())
                    .update();
        }
        audit.record(
                identifier,
                "end-of-life.recorded",
                "end_of_life_record",
                String.valueOf(id),
                null,
                record);
        return record;
    }

    private boolean moduleExists(long key, String serial) {
        return jdbc.sql(
                                "select count(*) from module where battery_id = :key and serial_number = :serial")
                        .param("key", key)
                        .param("serial", serial)
                        .query(Integer.class)
                        .single()
                > 0;
    }

    public List<EndOfLifeRecord> endOfLife(String identifier) {
        long key = batteryKey(identifier);
        Map<Long, Map<EndOfLifeRecord.Element, java.math.BigDecimal>> materials =
                new LinkedHashMap<>();
        jdbc.sql(
                        "select end_of_life_id, element, mass_kg from recovered_material where battery_id = :key")
                .param("key", key)
                .query(
                        (rs, n) ->
                                materials
                                        .computeIfAbsent(rs.getLong(1), k -> new LinkedHashMap<>())
                                        .put(
                                                EndOfLifeRecord.Element.valueOf(rs.getString(2)),
                                                rs.getBigDecimal(3)))
                .list();
        Map<Long, List<EndOfLifeRecord.RecoveredPart>> parts = new LinkedHashMap<>();
        jdbc.sql(
                        """
                select p.end_of_life_id, m.serial_number, p.cell_count, p.grade, p.soh_pct from recovered_part p
                left join module m on m.battery_id = p.battery_id and m.id = p.module_id
                where p.battery_id = :key order by p.id""")
                .param("key", key)
                .query(
                        (rs, n) ->
                                parts.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>())
                                        .add(
                                                new EndOfLifeRecord.RecoveredPart(
                                                        rs.getString(2),
                                                        (Integer) rs.getObject(3),
                                                        EndOfLifeRecord.Grade.valueOf(
                                                                rs.getString(4)),
                                                        rs.getBigDecimal(5))))
                .list();
        return jdbc.sql(
                        """
                select e.id, e.outcome, e.process, e.notes, s.identifier as successor
                from end_of_life_record e left join battery s on s.id = e.successor_battery_id
                where e.battery_id = :key order by e.recorded_at, e.id""")
                .param("key", key)
                .query(
                        (rs, n) ->
                                new EndOfLifeRecord(
                                        EndOfLifeRecord.Outcome.valueOf(rs.getString("outcome")),
                                        PassportReader.enumOrNull(
                                                EndOfLifeRecord.Process.class,
                                                rs.getString("process")),
                                        rs.getString("notes"),
                                        rs.getString("successor"),
                                        materials.getOrDefault(rs.getLong("id"), Map.of()),
                                        parts.getOrDefault(rs.getLong("id"), List.of())))
                .list();
    }

    /** Sets the condition of modules after service or disassembly, by module serial number. */
    @Transactional
    public void updateModuleConditions(String identifier, Map<String, ModuleCondition> conditions) {
        PassportReader.BatteryRow row = writable(identifier);
        Map<String, String> before = new LinkedHashMap<>();
        jdbc.sql("select serial_number, condition from module where battery_id = :key")
                .param("key", row.key())
                .query((rs, n) -> before.put(rs.getString(1), rs.getString(2)))
                .list();
        List<FieldViolation> unknown =
                conditions.keySet().stream()
                        .filter(serial -> !before.containsKey(serial))
                        .map(
                                serial ->
                                        new FieldViolation(
                                                "conditions." + serial,
                                                "reference",
                                                "module '"
                                                        + serial
                                                        + "' is not part of battery "
                                                        + identifier))
                        .toList();
        if (!unknown.isEmpty()) {
            throw new InvalidInputException(unknown);
        }

        Map<String, String> changedBefore = new LinkedHashMap<>();
        Map<String, String> changedAfter = new LinkedHashMap<>();
        conditions.forEach(
                (serial, condition) -> {
                    jdbc.sql(
                                    "update module set condition = :condition"
                                            + " where battery_id = :key and serial_number = :serial")
                            .param("condition", condition.name())
                            .param("key", row.key())
                            .param("serial", serial)
                            .update();
                    changedBefore.put(serial, before.get(serial));
                    changedAfter.put(serial, condition.name());
                });
        audit.record(
                identifier,
                "modules.condition-changed",
                "module",
                identifier,
                changedBefore,
                changedAfter);
    }

    /** The battery's row for a write: 404 if unknown, 409 once the passport has ceased. */
    PassportReader.BatteryRow writable(String identifier) {
        PassportReader.BatteryRow row =
                reader.row(identifier)
                        .orElseThrow(() -> new NotFoundException("battery", identifier));
        if (row.ceased()) {
            throw new ConflictException(
                    "the passport of battery "
                            + identifier
                            + " ceased when the battery was recycled (Art. 77(8)) and is read-only");
        }
        return row;
    }

    /** What the audit trail keeps of a registration: the passport, not its thousands of cells. */
    private static Map<String, Object> auditView(PassportDocument document, String manufacturer) {
        PassportDocument.Design design = document.design();
        int cells =
                design.packCells().size()
                        + design.modules().stream().mapToInt(m -> m.cells().size()).sum();
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("id", document.id());
        view.put("model", document.model());
        view.put("batteryCategory", document.batteryCategory());
        view.put("batteryChemistry", document.batteryChemistry());
        view.put(
                "batteryStatus",
                document.batteryStatus() == null
                        ? BatteryStatus.ORIGINAL
                        : document.batteryStatus());
        view.put("manufacturer", manufacturer);
        view.put(
                "design",
                Map.of(
                        "configuration",
                        design.pack().seriesCount() + "s" + design.pack().parallelCount() + "p",
                        "modules",
                        design.modules().size(),
                        "cells",
                        cells,
                        "components",
                        design.components().size(),
                        "joints",
                        design.joints().size(),
                        "cooling",
                        design.pack().cooling()));
        view.put("predecessors", document.predecessors());
        return view;
    }

    private static Map<String, Object> auditView(Passport passport, boolean identityData) {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("id", passport.id());
        view.put("model", passport.model());
        view.put("batteryCategory", passport.batteryCategory());
        view.put("batteryChemistry", passport.batteryChemistry());
        view.put("batteryStatus", passport.batteryStatus());
        view.put("manufacturer", passport.manufacturer().code());
        view.put("design", passport.design());
        view.put("predecessors", passport.predecessors());
        if (identityData) {
            view.put("serialNumber", passport.serialNumber());
            view.put("manufacturing", passport.manufacturing());
            view.put("batteryMass", passport.batteryMass());
            view.put("ratings", passport.ratings());
            view.put("circularity", passport.circularity());
            view.put("performance", passport.performance());
            view.put("labels", passport.labels());
            view.put("version", passport.version());
        }
        return view;
    }
}
