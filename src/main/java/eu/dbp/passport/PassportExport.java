package eu.dbp.passport;

import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Assembles the two whole-pack pictures: the passport document (the export, the same shape the
 * registration accepts) and the {@link PackView} that safety, planning and decision read.
 */
@Repository
class PassportExport {

    private static final TypeReference<List<PassportDocument.CamInput>> CAM_INPUTS =
            new TypeReference<>() {};

    private final JdbcClient jdbc;
    private final PassportReader reader;
    private final JsonMapper json;

    PassportExport(JdbcClient jdbc, PassportReader reader, JsonMapper json) {
        this.jdbc = jdbc;
        this.reader = reader;
        this.json = json;
    }

    PassportDocument document(long key, Passport passport) {
        PassportReader.DesignTree tree = reader.designTree(key);
        Map<String, List<PassportDocument.Cell>> cellsByModule = new LinkedHashMap<>();
        List<PassportDocument.Cell> packCells = new ArrayList<>();
        jdbc.sql(
                        """
                select m.serial_number as module, c.serial_number, c.position, cm.code as cell_model, l.code as cam_lot
                from cell c
                join cell_model cm on cm.id = c.cell_model_id
                join cam_lot l on l.id = c.cam_lot_id
                left join module m on m.battery_id = c.battery_id and m.id = c.module_id
                where c.battery_id = :key order by c.position""")
                .param("key", key)
                .query(
                        (rs, n) -> {
                            PassportDocument.Cell cell =
                                    new PassportDocument.Cell(
                                            rs.getString("serial_number"),
                                            rs.getInt("position"),
                                            rs.getString("cell_model"),
                                            rs.getString("cam_lot"));
                            String module = rs.getString("module");
                            return module == null
                                    ? packCells.add(cell)
                                    : cellsByModule
                                            .computeIfAbsent(module, k -> new ArrayList<>())
                                            .add(cell);
                        })
                .list();
        List<PassportDocument.Module> modules =
                tree.modules().stream()
                        .map(
                                m ->
                                        new PassportDocument.Module(
                                                m.ref(),
                                                m.serialNumber(),
                                                m.position(),
                                                m.seriesCount(),
                                                m.parallelCount(),
                                                m.nominalVoltage(),
                                                m.massKg(),
                                                m.housing(),
                                                m.cellJoining(),
                                                m.condition(),
                                                m.soh(),
                                                cellsByModule.getOrDefault(
                                                        m.serialNumber(), List.of())))
                        .toList();
        PassportDocument.Design design =
                new PassportDocument.Design(
                        tree.pack(),
                        tree.components(),
                        modules,
                        packCells,
                        tree.fasteners(),
                        tree.joints(),
                        tree.connectors(),
                        tree.joiningSequence());

        MaterialChain chain = reader.materials(key, passport.id());
        List<PassportDocument.MaterialBatch> batches =
                chain.materialBatches().stream()
                        .map(
                                b ->
                                        new PassportDocument.MaterialBatch(
                                                b.code(),
                                                b.material(),
                                                b.compound(),
                                                b.supplier(),
                                                b.originCountry(),
                                                b.originLatitude(),
                                                b.originLongitude(),
                                                b.extractedOn(),
                                                null,
                                                b.criticalRawMaterial(),
                                                b.hazardous(),
                                                b.recycledShare()))
                        .toList();
        List<PassportDocument.CamLot> lots = camLots(key);
        List<PassportDocument.CellModel> cellModels = cellModels(key);
        List<PassportDocument.Predecessor> predecessors =
                passport.predecessors().stream()
                        .map(p -> new PassportDocument.Predecessor(p.id(), p.relation()))
                        .toList();

        return new PassportDocument(
                passport.id(),
                passport.model(),
                passport.serialNumber(),
                passport.batteryCategory(),
                passport.batteryChemistry(),
                passport.batteryStatus(),
                passport.ceased(),
                passport.manufacturer().code(),
                passport.responsibleOperator().code(),
                passport.manufacturing(),
                passport.batteryMass(),
                passport.ratings(),
                passport.circularity(),
                passport.performance(),
                passport.labels(),
                passport.assumedValues(),
                predecessors,
                passport.hazardousSubstances(),
                passport.documents(),
                batches,
                lots,
                cellModels,
                design,
                production(key),
                passport.version());
    }

    private List<PassportDocument.CamLot> camLots(long key) {
        return jdbc.sql(
                        """
                select l.code, l.chemistry, l.composition, l.supplier, l.produced_on, l.mass_kg,
                    coalesce(json_agg(json_build_object('materialBatch', b.code, 'massShare', i.mass_share_pct)
                        order by b.code) filter (where b.id is not null), '[]')::text as inputs
                from cam_lot l
                left join cam_lot_input i on i.cam_lot_id = l.id
                left join material_batch b on b.id = i.material_batch_id
                where l.id in (select distinct cam_lot_id from cell where battery_id = :key)
                group by l.id order by l.code""")
                .param("key", key)
                .query(
                        (rs, n) ->
                                new PassportDocument.CamLot(
                                        rs.getString("code"),
                                        Chemistry.valueOf(rs.getString("chemistry")),
                                        rs.getString("composition"),
                                        rs.getString("supplier"),
                                        PassportReader.localDate(rs, "produced_on"),
                                        rs.getBigDecimal("mass_kg"),
                                        json.readValue(rs.getString("inputs"), CAM_INPUTS)))
                .list();
    }

    private List<PassportDocument.CellModel> cellModels(long key) {
        return jdbc.sql(
                        """
                select * from cell_model where id in (select distinct cell_model_id from cell where battery_id = :key)
                order by code""")
                .param("key", key)
                .query(
                        (rs, n) ->
                                new PassportDocument.CellModel(
                                        rs.getString("code"),
                                        rs.getString("manufacturer"),
                                        CellFormat.valueOf(rs.getString("format")),
                                        rs.getString("size_code"),
                                        Chemistry.valueOf(rs.getString("chemistry")),
                                        rs.getString("anode_material"),
                                        rs.getString("electrolyte"),
                                        rs.getString("separator"),
                                        rs.getBigDecimal("nominal_voltage_v"),
                                        rs.getBigDecimal("min_voltage_v"),
                                        rs.getBigDecimal("max_voltage_v"),
                                        rs.getBigDecimal("capacity_ah"),
                                        rs.getBigDecimal("mass_g"),
                                        rs.getBigDecimal("length_mm"),
                                        rs.getBigDecimal("width_mm"),
                                        rs.getBigDecimal("height_mm"),
                                        rs.getBigDecimal("diameter_mm")))
                .list();
    }

    List<PassportDocument.ProductionStep> production(long key) {
        return jdbc.sql(
                        "select * from production_step where battery_id = :key order by started_at, id")
                .param("key", key)
                .query(
                        (rs, n) ->
                                new PassportDocument.ProductionStep(
                                        PassportDocument.ProductionStage.valueOf(
                                                rs.getString("stage")),
                                        rs.getString("site"),
                                        rs.getString("country"),
                                        rs.getBigDecimal("latitude"),
                                        rs.getBigDecimal("longitude"),
                                        PassportReader.instant(rs, "started_at"),
                                        PassportReader.instant(rs, "completed_at")))
                .list();
    }

    PackView packView(long key, Passport passport, PackView.Sox latest) {
        return packViews(Map.of(key, passport), Map.of(key, latest)).get(key);
    }

    /**
     * Pack views of several batteries with one query per table, whatever their number: lists and
     * overviews assess many packs without a query per row.
     */
    Map<Long, PackView> packViews(Map<Long, Passport> passports, Map<Long, PackView.Sox> latest) {
        java.util.Set<Long> keys = passports.keySet();
        Map<Long, PassportReader.DesignTree> trees = reader.designTrees(keys);
        Map<Long, Map<String, int[]>> cellCounts = new LinkedHashMap<>();
        if (!keys.isEmpty()) {
            jdbc.sql(
                            """
                    select c.battery_id, coalesce(m.serial_number, '') as module, count(*) as cells
                    from cell c left join module m on m.battery_id = c.battery_id and m.id = c.module_id
                    where c.battery_id in (:keys) and (m.id is null or m.condition <> 'REPLACED')
                    group by c.battery_id, m.serial_number""")
                    .param("keys", keys)
                    .query(
                            (rs, n) ->
                                    cellCounts
                                            .computeIfAbsent(
                                                    rs.getLong("battery_id"),
                                                    k -> new LinkedHashMap<>())
                                            .put(
                                                    rs.getString("module"),
                                                    new int[] {rs.getInt("cells")}))
                    .list();
        }
        Map<Long, List<PackView.Event>> events = events(keys);
        Map<Long, List<PackView.ReplacedPart>> replaced = replacedParts(keys);
        Map<Long, PackView> views = new LinkedHashMap<>();
        passports.forEach(
                (key, passport) -> {
                    PassportReader.DesignTree tree = trees.get(key);
                    if (tree != null && tree.pack() != null) {
                        views.put(
                                key,
                                assemble(
                                        passport,
                                        tree,
                                        cellCounts.getOrDefault(key, Map.of()),
                                        events.getOrDefault(key, List.of()),
                                        replaced.getOrDefault(key, List.of()),
                                        latest.getOrDefault(key, PackView.Sox.none())));
                    }
                });
        return views;
    }

    private static PackView assemble(
            Passport passport,
            PassportReader.DesignTree tree,
            Map<String, int[]> cellCounts,
            List<PackView.Event> events,
            List<PackView.ReplacedPart> replacedParts,
            PackView.Sox latest) {
        Passport.DesignSummary summary = passport.design();
        CellFormat format = summary == null ? null : summary.cellFormat();
        String sizeCode = summary == null ? null : summary.cellSizeCode();

        PassportDocument.PackDesign p = tree.pack();
        PackView.Pack pack =
                new PackView.Pack(
                        p.seriesCount(),
                        p.parallelCount(),
                        p.cellToPack(),
                        p.housingMaterial(),
                        p.cooling(),
                        p.coolant(),
                        PassportReader.doubleOrNull(p.coolantVolumeL()),
                        p.bms(),
                        p.serviceDisconnect(),
                        p.serviceDisconnectLocation(),
                        p.capacitorDischargeSeconds(),
                        PassportReader.doubleOrNull(p.maxShortCircuitCurrentA()),
                        format,
                        sizeCode);
        List<PackView.Component> components =
                tree.components().stream()
                        .map(
                                c ->
                                        new PackView.Component(
                                                c.ref(),
                                                c.kind(),
                                                c.name(),
                                                c.location(),
                                                c.highVoltage(),
                                                PassportReader.doubleOrNull(c.massKg()),
                                                c.material(),
                                                c.partNumber()))
                        .toList();
        List<PackView.Module> modules =
                tree.modules().stream()
                        .map(
                                m ->
                                        new PackView.Module(
                                                m.ref(),
                                                m.serialNumber(),
                                                m.position(),
                                                m.seriesCount(),
                                                m.parallelCount(),
                                                m.nominalVoltage().doubleValue(),
                                                PassportReader.doubleOrNull(m.massKg()),
                                                m.housing(),
                                                m.cellJoining(),
                                                m.condition(),
                                                PassportReader.doubleOrNull(m.soh()),
                                                cellCounts
                                                        .getOrDefault(
                                                                m.serialNumber(), new int[] {0})[0],
                                                format,
                                                sizeCode))
                        .toList();
        List<PackView.Fastener> fasteners =
                tree.fasteners().stream()
                        .map(
                                f ->
                                        new PackView.Fastener(
                                                f.ref(),
                                                f.type(),
                                                f.size(),
                                                f.drive(),
                                                f.count(),
                                                f.material(),
                                                PassportReader.doubleOrNull(f.torqueNm()),
                                                f.angleDeg(),
                                                f.singleUse(),
                                                f.captive(),
                                                f.location()))
                        .toList();
        List<PackView.Joint> joints =
                tree.joints().stream()
                        .map(
                                j ->
                                        new PackView.Joint(
                                                j.ref(),
                                                j.type(),
                                                j.part(),
                                                j.attachedTo(),
                                                j.fastener(),
                                                j.location(),
                                                j.notes()))
                        .toList();
        List<PackView.Connector> connectors =
                tree.connectors().stream()
                        .map(
                                c ->
                                        new PackView.Connector(
                                                c.ref(),
                                                c.type(),
                                                c.voltageClass(),
                                                PassportReader.doubleOrNull(c.ratedVoltage()),
                                                c.part(),
                                                c.matesWith(),
                                                c.location()))
                        .toList();
        java.util.Set<String> jointRefs = new java.util.HashSet<>();
        tree.joints().forEach(j -> jointRefs.add(j.ref()));
        List<PackView.JoiningStep> sequence = new ArrayList<>();
        for (int i = 0; i < tree.joiningSequence().size(); i++) {
            String ref = tree.joiningSequence().get(i);
            boolean joint = jointRefs.contains(ref);
            sequence.add(new PackView.JoiningStep(i + 1, joint ? ref : null, joint ? null : ref));
        }

        PassportDocument.Ratings r = passport.ratings();
        LocalDate made = passport.manufacturing().date();
        int age = Math.max(0, Period.between(made, LocalDate.now(ZoneOffset.UTC)).getYears());
        int cellCount = cellCounts.values().stream().mapToInt(c -> c[0]).sum();
        return new PackView(
                passport.id(),
                passport.model(),
                passport.batteryCategory(),
                passport.batteryChemistry(),
                passport.batteryStatus(),
                passport.ceased(),
                passport.batteryMass().doubleValue(),
                r.ratedCapacity().doubleValue(),
                r.ratedEnergy().doubleValue(),
                r.minimumVoltage().doubleValue(),
                r.nominalVoltage().doubleValue(),
                r.maximumVoltage().doubleValue(),
                PassportReader.doubleOrNull(r.capacityThresholdForExhaustion()),
                age,
                cellCount,
                pack,
                components,
                modules,
                fasteners,
                joints,
                connectors,
                sequence,
                events,
                replacedParts,
                latest);
    }

    private Map<Long, List<PackView.Event>> events(java.util.Collection<Long> keys) {
        return reader.grouped(
                """
                select battery_id, type, severity, occurred_at, duration_min, measured_value, unit, description
                from battery_event where battery_id in (:keys) order by battery_id, occurred_at""",
                keys,
                rs ->
                        new PackView.Event(
                                EventType.valueOf(rs.getString("type")),
                                Severity.valueOf(rs.getString("severity")),
                                PassportReader.instant(rs, "occurred_at"),
                                (Integer) rs.getObject("duration_min"),
                                PassportReader.doubleOrNull(rs.getBigDecimal("measured_value")),
                                rs.getString("unit"),
                                rs.getString("description")));
    }

    private Map<Long, List<PackView.ReplacedPart>> replacedParts(java.util.Collection<Long> keys) {
        return reader.grouped(
                """
                select p.battery_id, p.part_kind, rm.serial_number as removed, im.serial_number as installed,
                       w.opened_at, p.reason
                from replaced_part p
                join work_order w on w.battery_id = p.battery_id and w.id = p.work_order_id
                left join module rm on rm.battery_id = p.battery_id and rm.id = p.removed_module_id
                left join module im on im.battery_id = p.battery_id and im.id = p.installed_module_id
                where p.battery_id in (:keys) order by p.battery_id, w.opened_at""",
                keys,
                rs ->
                        new PackView.ReplacedPart(
                                rs.getString("part_kind"),
                                rs.getString("removed"),
                                rs.getString("installed"),
                                PassportReader.instant(rs, "opened_at"),
                                rs.getString("reason")));
    }
}
