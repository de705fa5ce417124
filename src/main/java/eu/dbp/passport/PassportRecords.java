package eu.dbp.passport;

import eu.dbp.audit.AuditTrail;
import eu.dbp.platform.ConflictException;
import eu.dbp.platform.CurrentActor;
import eu.dbp.platform.FieldViolation;
import eu.dbp.platform.InvalidInputException;
import eu.dbp.platform.NotFoundException;
import jakarta.validation.Validator;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The records that accumulate over a battery's life: events, test reports, service work orders,
 * shipments and storage. Creates and updates are validated, refused on a ceased passport, guarded
 * by optimistic locking and audited with their before and after.
 */
@Service
@Transactional(readOnly = true)
public class PassportRecords {

    private final JdbcClient jdbc;
    private final PassportService passports;
    private final Validator validator;
    private final CurrentActor actor;
    private final AuditTrail audit;

    PassportRecords(
            JdbcClient jdbc,
            PassportService passports,
            Validator validator,
            CurrentActor actor,
            AuditTrail audit) {
        this.jdbc = jdbc;
        this.passports = passports;
        this.validator = validator;
        this.actor = actor;
        this.audit = audit;
    }

    // --- events --------------------------------------------------------------------------------

    public List<BatteryEvent> events(String identifier, Instant from, Instant to) {
        return jdbc.sql(
                        """
                select e.*, o.code as reporter from battery_event e join organisation o on o.id = e.reported_by_org_id
                where e.battery_id = :key and e.occurred_at >= coalesce(:from, '-infinity'::timestamptz)
                  and e.occurred_at < coalesce(:to, 'infinity'::timestamptz)
                order by e.occurred_at, e.id""")
                .param("key", passports.batteryKey(identifier))
                .param("from", PassportWriter.timestamp(from))
                .param("to", PassportWriter.timestamp(to))
                .query(
                        (rs, n) ->
                                new BatteryEvent(
                                        rs.getLong("id"),
                                        EventType.valueOf(rs.getString("type")),
                                        Severity.valueOf(rs.getString("severity")),
                                        PassportReader.instant(rs, "occurred_at"),
                                        (Integer) rs.getObject("duration_min"),
                                        rs.getBigDecimal("measured_value"),
                                        rs.getString("unit"),
                                        rs.getString("description"),
                                        rs.getString("reporter"),
                                        rs.getInt("version")))
                .list();
    }

    @Transactional
    public BatteryEvent addEvent(String identifier, BatteryEvent event) {
        PassportReader.BatteryRow row = writable(identifier, event);
        notInFuture("occurredAt", event.occurredAt());

        long id =
                jdbc.sql(
                                """
                insert into battery_event (battery_id, type, severity, occurred_at, duration_min, measured_value, unit,
                    description, reported_by_org_id)
                values (:key, :type, :severity, :at, :duration, :value, :unit, :description,
                    (select id from organisation where code = :org))
                returning id""")
                        .param("key", row.key())
                        .params(eventParams(event))
                        .param("org", organisation(row))
                        .query(Long.class)
                        .single();
        BatteryEvent created = event(identifier, id);
        audit.record(
                identifier, "event.created", "battery_event", String.valueOf(id), null, created);
        return created;
    }

    @Transactional
    public BatteryEvent updateEvent(String identifier, long id, BatteryEvent event) {
        PassportReader.BatteryRow row = writable(identifier, event);
        requireVersion(event.version());
        notInFuture("occurredAt", event.occurredAt());
        BatteryEvent before = event(identifier, id);

        int updated =
                jdbc.sql(
                                """
                update battery_event set type = :type, severity = :severity, occurred_at = :at,
                    duration_min = :duration,
                    measured_value = :value, unit = :unit, description = :description, version = version + 1
                where battery_id = :key and id = :id and version = :version""")
                        .params(eventParams(event))
                        .param("key", row.key())
                        .param("id", id)
                        .param("version", event.version())
                        .update();
        stale(updated, "event", id, event.version());
        BatteryEvent after = event(identifier, id);
        audit.record(
                identifier, "event.updated", "battery_event", String.valueOf(id), before, after);
        return after;
    }

    private BatteryEvent event(String identifier, long id) {
        return events(identifier, null, null).stream()
                .filter(e -> e.id() == id)
                .findFirst()
                .orElseThrow(() -> new NotFoundException("event", id));
    }

    private static Map<String, Object> eventParams(BatteryEvent e) {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("type", e.type().name());
        p.put("severity", e.severity().name());
        p.put("at", PassportWriter.timestamp(e.occurredAt()));
        p.put("duration", e.durationMin());
        p.put("value", e.measuredValue());
        p.put("unit", e.unit());
        p.put("description", e.description());
        return p;
    }

    // --- test reports --------------------------------------------------------------------------

    public List<TestReport> tests(String identifier) {
        return jdbc.sql("select * from test_report where battery_id = :key order by tested_on, id")
                .param("key", passports.batteryKey(identifier))
                .query(
                        (rs, n) ->
                                new TestReport(
                                        rs.getLong("id"),
                                        TestReport.TestType.valueOf(rs.getString("test_type")),
                                        PassportReader.localDate(rs, "tested_on"),
                                        rs.getString("laboratory"),
                                        rs.getString("standard"),
                                        TestReport.Result.valueOf(rs.getString("result")),
                                        rs.getBigDecimal("measured_capacity_ah"),
                                        rs.getBigDecimal("internal_resistance_mohm"),
                                        rs.getBigDecimal("insulation_resistance_mohm"),
                                        rs.getBigDecimal("soh_pct"),
                                        rs.getString("document_url"),
                                        rs.getString("notes"),
                                        rs.getInt("version")))
                .list();
    }

    @Transactional
    public TestReport addTest(String identifier, TestReport report) {
        PassportReader.BatteryRow row = writable(identifier, report);

        long id =
                jdbc.sql(
                                """
                insert into test_report (battery_id, test_type, tested_on, laboratory, standard, result,
                    measured_capacity_ah, internal_resistance_mohm, insulation_resistance_mohm, soh_pct, document_url,
                    notes, owner_org_id)
                values (:key, :type, :on, :lab, :standard, :result, :capacity, :resistance, :insulation, :soh, :url,
                    :notes, (select id from organisation where code = :org))
                returning id""")
                        .param("key", row.key())
                        .params(testParams(report))
                        .param("org", organisation(row))
                        .query(Long.class)
                        .single();
        TestReport created = test(identifier, id);
        audit.record(
                identifier,
                "test-report.created",
                "test_report",
                String.valueOf(id),
                null,
                created);
        return created;
    }

    @Transactional
    public TestReport updateTest(String identifier, long id, TestReport report) {
        PassportReader.BatteryRow row = writable(identifier, report);
        requireVersion(report.version());
        TestReport before = test(identifier, id);

        int updated =
                jdbc.sql(
                                """
                update test_report set test_type = :type, tested_on = :on, laboratory = :lab, standard = :standard,
                    result = :result, measured_capacity_ah = :capacity, internal_resistance_mohm = :resistance,
                    insulation_resistance_mohm = :insulation, soh_pct = :soh, document_url = :url, notes = :notes,
                    version = version + 1
                where battery_id = :key and id = :id and version = :version""")
                        .params(testParams(report))
                        .param("key", row.key())
                        .param("id", id)
                        .param("version", report.version())
                        .update();
        stale(updated, "test report", id, report.version());
        TestReport after = test(identifier, id);
        audit.record(
                identifier,
                "test-report.updated",
                "test_report",
                String.valueOf(id),
                before,
                after);
        return after;
    }

    private TestReport test(String identifier, long id) {
        return tests(identifier).stream()
                .filter(t -> t.id() == id)
                .findFirst()
                .orElseThrow(() -> new NotFoundException("test report", id));
    }

    private static Map<String, Object> testParams(TestReport t) {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("type", t.testType().name());
        p.put("on", t.testedOn());
        p.put("lab", t.laboratory());
        p.put("standard", t.standard());
        p.put("result", t.result().name());
        p.put("capacity", t.measuredCapacityAh());
        p.put("resistance", t.internalResistanceMohm());
        p.put("insulation", t.insulationResistanceMohm());
        p.put("soh", t.soh());
        p.put("url", t.documentUrl());
        p.put("notes", t.notes());
        return p;
    }

    // --- service and repair --------------------------------------------------------------------

    public List<WorkOrder> workOrders(String identifier) {
        long key = passports.batteryKey(identifier);
        Map<Long, List<WorkOrder.ReplacedPart>> parts = new LinkedHashMap<>();
        jdbc.sql(
                        """
                select p.work_order_id, p.part_kind, rm.serial_number as removed, im.serial_number as installed,
                       c.serial_number as cell, p.part_number, p.reason
                from replaced_part p
                left join module rm on rm.battery_id = p.battery_id and rm.id = p.removed_module_id
                left join module im on im.battery_id = p.battery_id and im.id = p.installed_module_id
                left join cell c on c.battery_id = p.battery_id and c.id = p.removed_cell_id
                where p.battery_id = :key order by p.id""")
                .param("key", key)
                .query(
                        (rs, n) ->
                                parts.computeIfAbsent(
                                                rs.getLong("work_order_id"), k -> new ArrayList<>())
                                        .add(
                                                new WorkOrder.ReplacedPart(
                                                        WorkOrder.PartKind.valueOf(
                                                                rs.getString("part_kind")),
                                                        rs.getString("removed"),
                                                        rs.getString("installed"),
                                                        rs.getString("cell"),
                                                        rs.getString("part_number"),
                                                        rs.getString("reason"))))
                .list();
        return jdbc.sql(
                        """
                select w.*, o.code as org from work_order w join organisation o on o.id = w.org_id
                where w.battery_id = :key order by w.opened_at, w.id""")
                .param("key", key)
                .query(
                        (rs, n) ->
                                new WorkOrder(
                                        rs.getLong("id"),
                                        WorkOrder.Type.valueOf(rs.getString("type")),
                                        PassportReader.instant(rs, "opened_at"),
                                        PassportReader.instant(rs, "closed_at"),
                                        rs.getString("description"),
                                        PassportReader.enumOrNull(
                                                WorkOrder.Outcome.class, rs.getString("outcome")),
                                        rs.getString("org"),
                                        parts.getOrDefault(rs.getLong("id"), List.of()),
                                        rs.getInt("version")))
                .list();
    }

    /**
     * Opens a work order with the parts it replaced; replaced modules leave the pack (REPLACED).
     */
    @Transactional
    public WorkOrder addWorkOrder(String identifier, WorkOrder order) {
        PassportReader.BatteryRow row = writable(identifier, order);
        ordered("closedAt", order.openedAt(), order.closedAt());

        long id =
                jdbc.sql(
                                """
                insert into work_order (battery_id, type, opened_at, closed_at, org_id, description, outcome)
                values (:key, :type, :opened, :closed, (select id from organisation where code = :org), :description,
                    :outcome)
                returning id""")
                        .param("key", row.key())
                        .param("type", order.type().name())
                        .param("opened", PassportWriter.timestamp(order.openedAt()))
                        .param("closed", PassportWriter.timestamp(order.closedAt()))
                        .param("org", organisation(row))
                        .param("description", order.description())
                        .param("outcome", order.outcome() == null ? null : order.outcome().name())
                        .query(Long.class)
                        .single();
        for (int i = 0; i < order.replacedParts().size(); i++) {
            insertReplacedPart(
                    row.key(), id, order.replacedParts().get(i), "replacedParts[" + i + "]");
        }
        WorkOrder created = workOrder(identifier, id);
        audit.record(
                identifier, "work-order.created", "work_order", String.valueOf(id), null, created);
        return created;
    }

    @Transactional
    public WorkOrder updateWorkOrder(String identifier, long id, WorkOrder order) {
        PassportReader.BatteryRow row = writable(identifier, order);
        requireVersion(order.version());
        ordered("closedAt", order.openedAt(), order.closedAt());
        WorkOrder before = workOrder(identifier, id);

        int updated =
                jdbc.sql(
                                """
                update work_order set type = :type, opened_at = :opened, closed_at = :closed,
                    description = :description, outcome = :outcome, version = version + 1
                where battery_id = :key and id = :id and version = :version""")
                        .param("type", order.type().name())
                        .param("opened", PassportWriter.timestamp(order.openedAt()))
                        .param("closed", PassportWriter.timestamp(order.closedAt()))
                        .param("description", order.description())
                        .param("outcome", order.outcome() == null ? null : order.outcome().name())
                        .param("key", row.key())
                        .param("id", id)
                        .param("version", order.version())
                        .update();
        stale(updated, "work order", id, order.version());
        WorkOrder after = workOrder(identifier, id);
        audit.record(
                identifier, "work-order.updated", "work_order", String.valueOf(id), before, after);
        return after;
    }

    private void insertReplacedPart(
            long key, long workOrderId, WorkOrder.ReplacedPart part, String at) {
        Long removed = moduleId(key, part.removedModule(), at + ".removedModule");
        Long cell =
                part.removedCell() == null
                        ? null
                        : jdbc.sql(
                                        "select id from cell where battery_id = :key and serial_number = :serial")
                                .param("key", key)
                                .param("serial", part.removedCell())
                                .query(Long.class)
                                .optional()
                                .orElseThrow(
                                        () ->
                                                new InvalidInputException(
                                                        at + ".removedCell",
                                                        "reference",
                                                        "cell '"
                                                                + part.removedCell()
                                                                + "' is not part of this pack"));
        if (part.partKind() == WorkOrder.PartKind.MODULE && removed == null) {
            throw new InvalidInputException(
                    at + ".removedModule",
                    "required for MODULE",
                    "a replaced module names the module that left the pack");
        }
        if (part.partKind() == WorkOrder.PartKind.CELL && cell == null) {
            throw new InvalidInputException(
                    at + ".removedCell",
                    "required for CELL",
                    "a replaced cell names the cell that left the pack");
        }
        if (removed != null) {
            jdbc.sql(
                            "update module set condition = 'REPLACED' where battery_id = :key and id = :id")
                    .param("key", key)
                    .param("id", removed)
                    .update();
        }
        if (cell != null) {
            jdbc.sql("update cell set condition = 'REPLACED' where battery_id = :key and id = :id")
                    .param("key", key)
                    .param("id", cell)
                    .update();
        }
        Long installed =
                installedModule(key, removed, part.installedModule(), at + ".installedModule");

        jdbc.sql(
                        """
                insert into replaced_part (battery_id, work_order_id, part_kind, removed_module_id, installed_module_id,
                    removed_cell_id, part_number, reason)
                values (:key, :order, :kind, :removed, :installed, :cell, :number, :reason)""")
                .param("key", key)
                .param("order", workOrderId)
                .param("kind", part.partKind().name())
                .param("removed", removed)
                .param("installed", installed)
                .param("cell", cell)
                .param("number", part.partNumber())
                .param("reason", part.reason())
                .update();
    }

    /**
     * The module that took the removed one's place: an existing module of the pack, or a new one
     * registered in the removed module's slot with its design (its cells are not serialised).
     */
    private Long installedModule(long key, Long removed, String serial, String field) {
        if (serial == null) {
            return null;
        }
        Optional<Long> existing =
                jdbc.sql(
                                "select id from module where battery_id = :key and serial_number = :serial")
                        .param("key", key)
                        .param("serial", serial)
                        .query(Long.class)
                        .optional();
        if (existing.isPresent()) {
            return existing.get();
        }
        if (removed == null) {
            throw new InvalidInputException(
                    field,
                    "reference",
                    "module '"
                            + serial
                            + "' is not part of this pack and no removed module gives its slot");
        }
        return jdbc.sql(
                        """
                insert into module (battery_id, component_id, serial_number, position, series_count, parallel_count,
                    nominal_voltage_v, mass_kg, housing, cell_joining, condition)
                select battery_id, component_id, :serial, position, series_count, parallel_count, nominal_voltage_v,
                    mass_kg, housing, cell_joining, 'IN_SERVICE'
                from module where battery_id = :key and id = :removed
                returning id""")
                .param("serial", serial)
                .param("key", key)
                .param("removed", removed)
                .query(Long.class)
                .single();
    }

    private Long moduleId(long key, String serial, String field) {
        if (serial == null) {
            return null;
        }
        return jdbc.sql("select id from module where battery_id = :key and serial_number = :serial")
                .param("key", key)
                .param("serial", serial)
                .query(Long.class)
                .optional()
                .orElseThrow(
                        () ->
                                new InvalidInputException(
                                        field,
                                        "reference",
                                        "module '" + serial + "' is not part of this pack"));
    }

    private WorkOrder workOrder(String identifier, long id) {
        return workOrders(identifier).stream()
                .filter(w -> w.id() == id)
                .findFirst()
                .orElseThrow(() -> new NotFoundException("work order", id));
    }

    // --- logistics -----------------------------------------------------------------------------

    public List<Shipment> shipments(String identifier) {
        return jdbc.sql(
                        """
                select s.*, f.code as from_code, t.code as to_code from shipment s
                join organisation f on f.id = s.from_org_id join organisation t on t.id = s.to_org_id
                where s.battery_id = :key order by s.shipped_at, s.id""")
                .param("key", passports.batteryKey(identifier))
                .query(
                        (rs, n) ->
                                new Shipment(
                                        rs.getLong("id"),
                                        rs.getString("from_code"),
                                        rs.getString("to_code"),
                                        rs.getString("from_location"),
                                        rs.getString("to_location"),
                                        rs.getBigDecimal("from_latitude"),
                                        rs.getBigDecimal("from_longitude"),
                                        rs.getBigDecimal("to_latitude"),
                                        rs.getBigDecimal("to_longitude"),
                                        PassportReader.instant(rs, "shipped_at"),
                                        PassportReader.instant(rs, "delivered_at"),
                                        Shipment.TransportMode.valueOf(
                                                rs.getString("transport_mode")),
                                        rs.getString("un_number"),
                                        rs.getString("special_provision"),
                                        rs.getString("packaging"),
                                        rs.getBigDecimal("soc_at_shipment_pct"),
                                        rs.getBoolean("custody_transferred"),
                                        rs.getInt("version")))
                .list();
    }

    @Transactional
    public Shipment addShipment(String identifier, Shipment shipment) {
        PassportReader.BatteryRow row = writable(identifier, shipment);
        checkShipment(shipment);

        long id =
                jdbc.sql(
                                """
                insert into shipment (battery_id, from_org_id, to_org_id, from_location, to_location, from_latitude,
                    from_longitude, to_latitude, to_longitude, shipped_at, delivered_at, transport_mode, un_number,
                    special_provision, packaging, soc_at_shipment_pct, custody_transferred)
                values (:key, (select id from organisation where code = :from), (select id from organisation
                    where code = :to), :fromLocation, :toLocation, :fromLat, :fromLon, :toLat, :toLon, :shipped,
                    :delivered, :mode, :un, :sp, :packaging, :soc, :custody)
                returning id""")
                        .param("key", row.key())
                        .params(shipmentParams(shipment))
                        .query(Long.class)
                        .single();
        Shipment created = shipment(identifier, id);
        audit.record(identifier, "shipment.created", "shipment", String.valueOf(id), null, created);
        return created;
    }

    @Transactional
    public Shipment updateShipment(String identifier, long id, Shipment shipment) {
        PassportReader.BatteryRow row = writable(identifier, shipment);
        requireVersion(shipment.version());
        checkShipment(shipment);
        Shipment before = shipment(identifier, id);

        int updated =
                jdbc.sql(
                                """
                update shipment set from_org_id = (select id from organisation where code = :from),
                    to_org_id = (select id from organisation where code = :to), from_location = :fromLocation,
                    to_location = :toLocation, from_latitude = :fromLat, from_longitude = :fromLon,
                    to_latitude = :toLat, to_longitude = :toLon, shipped_at = :shipped, delivered_at = :delivered,
                    transport_mode = :mode, un_number = :un, special_provision = :sp, packaging = :packaging,
                    soc_at_shipment_pct = :soc, custody_transferred = :custody, version = version + 1
                where battery_id = :key and id = :id and version = :version""")
                        .params(shipmentParams(shipment))
                        .param("key", row.key())
                        .param("id", id)
                        .param("version", shipment.version())
                        .update();
        stale(updated, "shipment", id, shipment.version());
        Shipment after = shipment(identifier, id);
        audit.record(identifier, "shipment.updated", "shipment", String.valueOf(id), before, after);
        return after;
    }

    private void checkShipment(Shipment s) {
        List<FieldViolation> violations = new ArrayList<>();
        for (String[] org :
                new String[][] {
                    {"fromOrganisation", s.fromOrganisation()},
                    {"toOrganisation", s.toOrganisation()}
                }) {
            boolean known =
                    jdbc.sql("select count(*) from organisation where code = :code")
                                    .param("code", org[1])
                                    .query(Integer.class)
                                    .single()
                            > 0;
            if (!known) {
                violations.add(
                        new FieldViolation(
                                org[0], "reference", "no organisation '" + org[1] + "'"));
            }
        }
        if ((s.fromLatitude() == null) != (s.fromLongitude() == null)) {
            violations.add(
                    new FieldViolation(
                            "fromLongitude", "geotag complete", "a geotag needs both coordinates"));
        }
        if ((s.toLatitude() == null) != (s.toLongitude() == null)) {
            violations.add(
                    new FieldViolation(
                            "toLongitude", "geotag complete", "a geotag needs both coordinates"));
        }
        if (s.transportMode() == Shipment.TransportMode.AIR
                && "SP376".equals(s.specialProvision())) {
            violations.add(
                    new FieldViolation(
                            "transportMode",
                            "no air for SP376",
                            "damaged or defective lithium batteries (SP376) must not travel by air"));
        }
        if (s.deliveredAt() != null && s.deliveredAt().isBefore(s.shippedAt())) {
            violations.add(
                    new FieldViolation(
                            "deliveredAt",
                            "not before shippedAt",
                            "a shipment cannot be delivered before it was shipped"));
        }
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
    }

    private static Map<String, Object> shipmentParams(Shipment s) {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("from", s.fromOrganisation());
        p.put("to", s.toOrganisation());
        p.put("fromLocation", s.fromLocation());
        p.put("toLocation", s.toLocation());
        p.put("fromLat", s.fromLatitude());
        p.put("fromLon", s.fromLongitude());
        p.put("toLat", s.toLatitude());
        p.put("toLon", s.toLongitude());
        p.put("shipped", PassportWriter.timestamp(s.shippedAt()));
        p.put("delivered", PassportWriter.timestamp(s.deliveredAt()));
        p.put("mode", s.transportMode().name());
        p.put("un", s.unNumber());
        p.put("sp", s.specialProvision());
        p.put("packaging", s.packaging());
        p.put("soc", s.socAtShipment());
        p.put("custody", s.custodyTransferred() == null || s.custodyTransferred());
        return p;
    }

    private Shipment shipment(String identifier, long id) {
        return shipments(identifier).stream()
                .filter(s -> s.id() == id)
                .findFirst()
                .orElseThrow(() -> new NotFoundException("shipment", id));
    }

    public List<StorageRecord> storage(String identifier) {
        return jdbc.sql(
                        """
                select s.*, o.code as org from storage_record s join organisation o on o.id = s.org_id
                where s.battery_id = :key order by s.stored_from, s.id""")
                .param("key", passports.batteryKey(identifier))
                .query(
                        (rs, n) ->
                                new StorageRecord(
                                        rs.getLong("id"),
                                        rs.getString("org"),
                                        rs.getString("location"),
                                        rs.getBigDecimal("latitude"),
                                        rs.getBigDecimal("longitude"),
                                        PassportReader.instant(rs, "stored_from"),
                                        PassportReader.instant(rs, "stored_until"),
                                        rs.getBigDecimal("min_temperature_c"),
                                        rs.getBigDecimal("max_temperature_c"),
                                        rs.getBoolean("quarantine"),
                                        rs.getInt("version")))
                .list();
    }

    @Transactional
    public StorageRecord addStorage(String identifier, StorageRecord record) {
        PassportReader.BatteryRow row = writable(identifier, record);
        ordered("storedUntil", record.storedFrom(), record.storedUntil());
        if ((record.latitude() == null) != (record.longitude() == null)) {
            throw new InvalidInputException(
                    "longitude", "geotag complete", "a geotag needs both coordinates");
        }

        long id =
                jdbc.sql(
                                """
                insert into storage_record (battery_id, org_id, location, latitude, longitude, stored_from,
                    stored_until,
                    min_temperature_c, max_temperature_c, quarantine)
                values (:key, (select id from organisation where code = :org), :location, :lat, :lon, :from, :until,
                    :tmin, :tmax, :quarantine)
                returning id""")
                        .param("key", row.key())
                        .param("org", organisation(row))
                        .param("location", record.location())
                        .param("lat", record.latitude())
                        .param("lon", record.longitude())
                        .param("from", PassportWriter.timestamp(record.storedFrom()))
                        .param("until", PassportWriter.timestamp(record.storedUntil()))
                        .param("tmin", record.minTemperatureC())
                        .param("tmax", record.maxTemperatureC())
                        .param("quarantine", record.quarantine())
                        .query(Long.class)
                        .single();
        StorageRecord created =
                storage(identifier).stream().filter(s -> s.id() == id).findFirst().orElseThrow();
        audit.record(
                identifier, "storage.created", "storage_record", String.valueOf(id), null, created);
        return created;
    }

    // --- shared guards -------------------------------------------------------------------------

    private PassportReader.BatteryRow writable(String identifier, Object body) {
        if (body == null) {
            throw new InvalidInputException("$", "required", "the request needs a body");
        }
        List<FieldViolation> violations = new ArrayList<>();
        validator.validate(body).forEach(v -> violations.add(FieldViolation.of(v)));
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
        return passports.writable(identifier);
    }

    private String organisation(PassportReader.BatteryRow row) {
        return Optional.ofNullable(actor.get().organisation()).orElse(row.responsible());
    }

    private static void requireVersion(Integer version) {
        if (version == null) {
            throw new InvalidInputException(
                    "version",
                    "required",
                    "an update names the version it was based on (optimistic locking)");
        }
    }

    private static void stale(int updated, String kind, long id, int version) {
        if (updated == 0) {
            throw ConflictException.staleVersion(kind, id, version);
        }
    }

    private static void notInFuture(String field, Instant at) {
        if (at != null && at.isAfter(Instant.now().plusSeconds(86_400))) {
            throw new InvalidInputException(
                    field, "not in the future", field + " lies in the future");
        }
    }

    private static void ordered(String field, Instant start, Instant end) {
        if (start != null && end != null && end.isBefore(start)) {
            throw new InvalidInputException(
                    field, "not before start", field + " lies before the start");
        }
    }
}
