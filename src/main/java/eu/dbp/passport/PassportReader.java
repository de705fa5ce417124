package eu.dbp.passport;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads passports. The passport itself is one query (small lists come back as JSON aggregates); the
 * module tree and the material chain are a few set-based queries, never one per row.
 */
@Repository
class PassportReader {

    private static final TypeReference<List<PassportDocument.HazardousSubstance>> SUBSTANCES =
            new TypeReference<>() {};
    private static final TypeReference<List<PassportDocument.Document>> DOCUMENTS =
            new TypeReference<>() {};
    private static final TypeReference<List<Passport.Lineage>> LINEAGE = new TypeReference<>() {};
    private static final TypeReference<Map<EventType, Integer>> EVENT_COUNTS =
            new TypeReference<>() {};

    private final JdbcClient jdbc;
    private final JsonMapper json;

    PassportReader(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    Optional<Long> key(String identifier) {
        return jdbc.sql("select id from battery where identifier = :id")
                .param("id", identifier)
                .query(Long.class)
                .optional();
    }

    /** Identity, ownership and version of a battery, for write checks. */
    Optional<BatteryRow> row(String identifier) {
        return jdbc.sql(ROW + " where b.identifier = :id")
                .param("id", identifier)
                .query(PassportReader::mapRow)
                .optional();
    }

    List<BatteryRow> rows(java.util.Collection<String> identifiers) {
        if (identifiers.isEmpty()) {
            return List.of();
        }
        return jdbc.sql(ROW + " where b.identifier in (:ids)")
                .param("ids", identifiers)
                .query(PassportReader::mapRow)
                .list();
    }

    private static final String ROW =
            """
            select b.id, b.identifier, b.model, b.status, b.ceased_at, b.version, m.code as manufacturer,
                   r.code as responsible
            from battery b
            join organisation m on m.id = b.manufacturer_org_id
            join organisation r on r.id = b.responsible_org_id
            """;

    private static BatteryRow mapRow(ResultSet rs, int n) throws SQLException {
        return new BatteryRow(
                rs.getLong("id"),
                rs.getString("identifier"),
                rs.getString("model"),
                BatteryStatus.valueOf(rs.getString("status")),
                instant(rs, "ceased_at"),
                rs.getInt("version"),
                rs.getString("manufacturer"),
                rs.getString("responsible"));
    }

    record BatteryRow(
            long key,
            String identifier,
            String model,
            BatteryStatus status,
            Instant ceasedAt,
            int version,
            String manufacturer,
            String responsible) {

        boolean ceased() {
            return ceasedAt != null;
        }
    }

    /**
     * The passport and the battery's key, in one query; the latest SoX values are added by the
     * caller.
     */
    record Keyed(long key, Passport passport) {}

    Optional<Keyed> passport(String identifier) {
        return jdbc.sql(PASSPORT + " where b.identifier = :id")
                .param("id", identifier)
                .query((rs, n) -> new Keyed(rs.getLong("id"), mapPassport(rs, null)))
                .optional();
    }

    /** Several passports in one query, by identifier; unknown identifiers are absent. */
    List<Keyed> passports(java.util.Collection<String> identifiers) {
        if (identifiers.isEmpty()) {
            return List.of();
        }
        return jdbc.sql(PASSPORT + " where b.identifier in (:ids)")
                .param("ids", identifiers)
                .query((rs, n) -> new Keyed(rs.getLong("id"), mapPassport(rs, null)))
                .list();
    }

    private static final String PASSPORT =
            """
                select b.*, m.code as m_code, m.name as m_name, r.code as r_code, r.name as r_name,
                    p.series_count, p.parallel_count, p.cell_to_pack, p.cooling, p.coolant, p.housing_material,
                    p.bms, p.service_disconnect,
                    (select count(*) from module x where x.battery_id = b.id and x.condition <> 'REPLACED')
                        as module_count,
                    (select count(*) from cell x where x.battery_id = b.id) as cell_count,
                    (select coalesce(sum(count), 0) from fastener x where x.battery_id = b.id) as fastener_count,
                    (select count(*) from joint x where x.battery_id = b.id) as joint_count,
                    (select count(*) from connector x where x.battery_id = b.id) as connector_count,
                    cm.format as cell_format, cm.size_code, cm.anode_material, cm.electrolyte,
                    (select json_agg(json_build_object('name', name, 'casNumber', cas_number,
                        'hazardClass', hazard_class, 'concentration', concentration_pct, 'location', location)
                        order by id) from hazardous_substance x where x.battery_id = b.id) as substances,
                    (select json_agg(json_build_object('documentType', document_type, 'title', title,
                        'mimeType', mime_type, 'url', url) order by id)
                        from battery_document x where x.battery_id = b.id) as documents,
                    (select json_agg(json_build_object('id', o.identifier, 'relation', l.relation))
                        from battery_lineage l join battery o on o.id = l.predecessor_battery_id
                        where l.battery_id = b.id) as predecessors,
                    (select json_agg(json_build_object('id', s.identifier, 'relation', l.relation))
                        from battery_lineage l join battery s on s.id = l.battery_id
                        where l.predecessor_battery_id = b.id) as successors,
                    (select json_object_agg(type, n) from (select type, count(*) as n from battery_event x
                        where x.battery_id = b.id group by type) e) as event_counts
                from battery b
                join organisation m on m.id = b.manufacturer_org_id
                join organisation r on r.id = b.responsible_org_id
                left join pack p on p.battery_id = b.id
                left join lateral (select cm.* from cell c join cell_model cm on cm.id = c.cell_model_id
                    where c.battery_id = b.id limit 1) cm on true
            """;

    private Passport mapPassport(ResultSet rs, PackView.Sox latest) throws SQLException {
        Passport.DesignSummary design =
                rs.getString("cooling") == null
                        ? null
                        : new Passport.DesignSummary(
                                rs.getInt("series_count") + "s" + rs.getInt("parallel_count") + "p",
                                rs.getBoolean("cell_to_pack"),
                                rs.getInt("module_count"),
                                rs.getInt("cell_count"),
                                enumOrNull(CellFormat.class, rs.getString("cell_format")),
                                rs.getString("size_code"),
                                rs.getString("anode_material"),
                                rs.getString("electrolyte"),
                                Cooling.valueOf(rs.getString("cooling")),
                                rs.getString("coolant"),
                                rs.getString("housing_material"),
                                rs.getString("bms"),
                                rs.getString("service_disconnect"),
                                rs.getInt("fastener_count"),
                                rs.getInt("joint_count"),
                                rs.getInt("connector_count"));
        Map<EventType, Integer> eventCounts = new EnumMap<>(EventType.class);
        eventCounts.putAll(parse(rs.getString("event_counts"), EVENT_COUNTS, Map.of()));
        return new Passport(
                rs.getString("identifier"),
                rs.getString("model"),
                rs.getString("serial_number"),
                BatteryCategory.valueOf(rs.getString("category")),
                Chemistry.valueOf(rs.getString("chemistry")),
                BatteryStatus.valueOf(rs.getString("status")),
                rs.getTimestamp("ceased_at") != null,
                instant(rs, "ceased_at"),
                new Passport.OrganisationRef(rs.getString("m_code"), rs.getString("m_name")),
                new Passport.OrganisationRef(rs.getString("r_code"), rs.getString("r_name")),
                manufacturing(rs),
                rs.getBigDecimal("mass_kg"),
                ratings(rs),
                circularity(rs),
                new PassportDocument.Performance(
                        rs.getBigDecimal("initial_round_trip_efficiency_pct"),
                        rs.getBigDecimal("round_trip_efficiency_half_life_pct"),
                        rs.getBigDecimal("cell_internal_resistance_mohm"),
                        rs.getBigDecimal("pack_internal_resistance_mohm"),
                        rs.getBigDecimal("cycle_life_test_c_rate")),
                new PassportDocument.Labels(
                        rs.getBoolean("separate_collection_symbol"),
                        rs.getBoolean("cadmium_lead_symbol")),
                rs.getBoolean("assumed_values"),
                parse(rs.getString("substances"), SUBSTANCES, List.of()),
                parse(rs.getString("documents"), DOCUMENTS, List.of()),
                parse(rs.getString("predecessors"), LINEAGE, List.of()),
                parse(rs.getString("successors"), LINEAGE, List.of()),
                design,
                latest,
                eventCounts,
                rs.getInt("version"));
    }

    BatteryPage search(BatteryFilter filter, int page, int size) {
        StringBuilder where = new StringBuilder("where true");
        Map<String, Object> params = new LinkedHashMap<>();
        if (filter.category() != null) {
            where.append(" and b.category = :category");
            params.put("category", filter.category().name());
        }
        if (filter.chemistry() != null) {
            where.append(" and b.chemistry = :chemistry");
            params.put("chemistry", filter.chemistry().name());
        }
        if (filter.status() != null) {
            where.append(" and b.status = :status");
            params.put("status", filter.status().name());
        }
        if (filter.manufacturer() != null && !filter.manufacturer().isBlank()) {
            where.append(" and (m.code = :manufacturer or lower(m.name) like :manufacturerLike)");
            params.put("manufacturer", filter.manufacturer());
            params.put(
                    "manufacturerLike",
                    "%" + likeEscaped(filter.manufacturer().toLowerCase()) + "%");
        }
        if (filter.text() != null && !filter.text().isBlank()) {
            where.append(" and (lower(b.identifier) like :text or lower(b.model) like :text)");
            params.put("text", "%" + likeEscaped(filter.text().toLowerCase()) + "%");
        }
        params.put("limit", size);
        params.put("offset", (long) page * size);

        List<long[]> total = new ArrayList<>();
        List<BatteryPage.Item> items =
                jdbc.sql(
                                """
                select b.identifier, b.model, b.category, b.chemistry, b.status, b.ceased_at, m.code as manufacturer,
                       b.manufacturing_date, b.rated_energy_kwh, b.max_voltage_v, count(*) over () as total
                from battery b join organisation m on m.id = b.manufacturer_org_id
                """
                                        + where
                                        + " order by b.identifier limit :limit offset :offset")
                        .params(params)
                        .query(
                                (rs, n) -> {
                                    if (total.isEmpty()) {
                                        total.add(new long[] {rs.getLong("total")});
                                    }
                                    return new BatteryPage.Item(
                                            rs.getString("identifier"),
                                            rs.getString("model"),
                                            BatteryCategory.valueOf(rs.getString("category")),
                                            Chemistry.valueOf(rs.getString("chemistry")),
                                            BatteryStatus.valueOf(rs.getString("status")),
                                            rs.getTimestamp("ceased_at") != null,
                                            rs.getString("manufacturer"),
                                            localDate(rs, "manufacturing_date"),
                                            rs.getBigDecimal("rated_energy_kwh"),
                                            rs.getBigDecimal("max_voltage_v"));
                                })
                        .list();
        long count =
                total.isEmpty()
                        ? jdbc.sql(
                                        "select count(*) from battery b"
                                                + " join organisation m on m.id = b.manufacturer_org_id "
                                                + where)
                                .params(params)
                                .query(Long.class)
                                .single()
                        : total.get(0)[0];
        return new BatteryPage(items, count, page, size);
    }

    MaterialChain materials(long key, String identifier) {
        List<MaterialChain.CellLink> packCells = new ArrayList<>();
        Map<String, List<MaterialChain.CellLink>> byModule = new LinkedHashMap<>();
        Map<String, Integer> modulePositions = new LinkedHashMap<>();
        jdbc.sql(
                        """
                select m.serial_number as module, m.position as module_position, c.serial_number, c.position,
                       cm.code as cell_model, l.code as cam_lot
                from cell c
                join cell_model cm on cm.id = c.cell_model_id
                join cam_lot l on l.id = c.cam_lot_id
                left join module m on m.battery_id = c.battery_id and m.id = c.module_id
                where c.battery_id = :key
                order by m.position nulls last, c.position""")
                .param("key", key)
                .query(
                        (rs, n) -> {
                            MaterialChain.CellLink link =
                                    new MaterialChain.CellLink(
                                            rs.getString("serial_number"),
                                            rs.getInt("position"),
                                            rs.getString("cell_model"),
                                            rs.getString("cam_lot"));
                            String module = rs.getString("module");
                            if (module == null) {
                                packCells.add(link);
                            } else {
                                byModule.computeIfAbsent(module, k -> new ArrayList<>()).add(link);
                                modulePositions.put(module, rs.getInt("module_position"));
                            }
                            return null;
                        })
                .list();
        List<MaterialChain.ModuleCells> modules =
                byModule.entrySet().stream()
                        .map(
                                e ->
                                        new MaterialChain.ModuleCells(
                                                e.getKey(),
                                                modulePositions.get(e.getKey()),
                                                e.getValue()))
                        .toList();

        List<MaterialChain.CamLot> lots =
                jdbc.sql(
                                """
                select l.code, l.chemistry, l.composition, l.supplier, l.produced_on,
                       array_remove(array_agg(b.code order by b.code), null) as batches
                from cam_lot l
                left join cam_lot_input i on i.cam_lot_id = l.id
                left join material_batch b on b.id = i.material_batch_id
                where l.id in (select distinct cam_lot_id from cell where battery_id = :key)
                group by l.id order by l.code""")
                        .param("key", key)
                        .query(
                                (rs, n) ->
                                        new MaterialChain.CamLot(
                                                rs.getString("code"),
                                                Chemistry.valueOf(rs.getString("chemistry")),
                                                rs.getString("composition"),
                                                rs.getString("supplier"),
                                                localDate(rs, "produced_on"),
                                                List.of(
                                                        (String[])
                                                                rs.getArray("batches").getArray())))
                        .list();

        List<MaterialChain.MaterialBatch> batches =
                jdbc.sql(
                                """
                select * from material_batch b
                where b.id in (select i.material_batch_id from cam_lot_input i
                    where i.cam_lot_id in (select distinct cam_lot_id from cell where battery_id = :key))
                order by b.code""")
                        .param("key", key)
                        .query(
                                (rs, n) ->
                                        new MaterialChain.MaterialBatch(
                                                rs.getString("code"),
                                                PassportDocument.Material.valueOf(
                                                        rs.getString("material")),
                                                rs.getString("compound"),
                                                rs.getString("supplier"),
                                                rs.getString("origin_country"),
                                                rs.getBigDecimal("origin_latitude"),
                                                rs.getBigDecimal("origin_longitude"),
                                                localDate(rs, "extracted_on"),
                                                rs.getBoolean("critical_raw_material"),
                                                rs.getBoolean("hazardous"),
                                                rs.getBigDecimal("recycled_share_pct")))
                        .list();

        List<MaterialChain.CellModel> models =
                jdbc.sql(
                                """
                select * from cell_model where id in (select distinct cell_model_id from cell where battery_id = :key)
                order by code""")
                        .param("key", key)
                        .query(
                                (rs, n) ->
                                        new MaterialChain.CellModel(
                                                rs.getString("code"),
                                                rs.getString("manufacturer"),
                                                CellFormat.valueOf(rs.getString("format")),
                                                rs.getString("size_code"),
                                                Chemistry.valueOf(rs.getString("chemistry")),
                                                rs.getString("anode_material"),
                                                rs.getString("electrolyte"),
                                                rs.getString("separator"),
                                                rs.getBigDecimal("nominal_voltage_v"),
                                                rs.getBigDecimal("capacity_ah")))
                        .list();
        return new MaterialChain(identifier, modules, packCells, lots, batches, models);
    }

    List<ModuleDetail> modules(long key) {
        DesignTree tree = designTree(key);
        Map<String, List<ModuleDetail.Cell>> cells = new LinkedHashMap<>();
        jdbc.sql(
                        """
                select m.serial_number as module, c.serial_number, c.position, cm.code as cell_model,
                       l.code as cam_lot, c.condition
                from cell c
                join module m on m.battery_id = c.battery_id and m.id = c.module_id
                join cell_model cm on cm.id = c.cell_model_id
                join cam_lot l on l.id = c.cam_lot_id
                where c.battery_id = :key order by m.position, c.position""")
                .param("key", key)
                .query(
                        (rs, n) ->
                                cells.computeIfAbsent(
                                                rs.getString("module"), k -> new ArrayList<>())
                                        .add(
                                                new ModuleDetail.Cell(
                                                        rs.getString("serial_number"),
                                                        rs.getInt("position"),
                                                        rs.getString("cell_model"),
                                                        rs.getString("cam_lot"),
                                                        rs.getString("condition"))))
                .list();
        return tree.modules().stream()
                .map(
                        m -> {
                            List<PassportDocument.Joint> joints =
                                    tree.joints().stream()
                                            .filter(
                                                    j ->
                                                            m.ref().equals(j.part())
                                                                    || m.ref()
                                                                            .equals(j.attachedTo()))
                                            .toList();
                            List<String> fastenerRefs =
                                    joints.stream().map(PassportDocument.Joint::fastener).toList();
                            return new ModuleDetail(
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
                                    cells.getOrDefault(m.serialNumber(), List.of()),
                                    tree.connectors().stream()
                                            .filter(
                                                    c ->
                                                            m.ref().equals(c.part())
                                                                    || m.ref()
                                                                            .equals(c.matesWith()))
                                            .toList(),
                                    joints,
                                    tree.fasteners().stream()
                                            .filter(f -> fastenerRefs.contains(f.ref()))
                                            .toList());
                        })
                .toList();
    }

    /** The design tree without cells, as the document carries it. */
    DesignTree designTree(long key) {
        return designTrees(List.of(key)).get(key);
    }

    /** The design trees of several packs in one query per table, by battery key. */
    Map<Long, DesignTree> designTrees(java.util.Collection<Long> keys) {
        Map<Long, DesignTree> trees = new LinkedHashMap<>();
        if (keys.isEmpty()) {
            return trees;
        }
        Map<Long, PassportDocument.PackDesign> packs = new LinkedHashMap<>();
        jdbc.sql("select * from pack where battery_id in (:keys)")
                .param("keys", keys)
                .query(
                        (rs, n) ->
                                packs.put(
                                        rs.getLong("battery_id"),
                                        new PassportDocument.PackDesign(
                                                rs.getInt("series_count"),
                                                rs.getInt("parallel_count"),
                                                rs.getBoolean("cell_to_pack"),
                                                rs.getString("housing_material"),
                                                rs.getBigDecimal("length_mm"),
                                                rs.getBigDecimal("width_mm"),
                                                rs.getBigDecimal("height_mm"),
                                                Cooling.valueOf(rs.getString("cooling")),
                                                rs.getString("coolant"),
                                                rs.getBigDecimal("coolant_volume_l"),
                                                rs.getString("bms"),
                                                rs.getString("service_disconnect"),
                                                rs.getString("service_disconnect_location"),
                                                (Integer) rs.getObject("capacitor_discharge_s"),
                                                rs.getBigDecimal("max_short_circuit_current_a"))))
                .list();
        Map<Long, List<PassportDocument.Component>> components =
                grouped(
                        "select * from component where battery_id in (:keys) order by battery_id, id",
                        keys,
                        rs ->
                                new PassportDocument.Component(
                                        rs.getString("ref"),
                                        ComponentKind.valueOf(rs.getString("kind")),
                                        rs.getString("name"),
                                        rs.getString("location"),
                                        rs.getBoolean("high_voltage"),
                                        rs.getBigDecimal("mass_kg"),
                                        rs.getString("material"),
                                        rs.getString("part_number"),
                                        rs.getString("spare_part_source")));
        Map<Long, List<PassportDocument.Module>> modules =
                grouped(
                        """
                select m.*, c.ref from module m
                join component c on c.battery_id = m.battery_id and c.id = m.component_id
                where m.battery_id in (:keys) and m.condition <> 'REPLACED' order by m.battery_id, m.position""",
                        keys,
                        rs ->
                                new PassportDocument.Module(
                                        rs.getString("ref"),
                                        rs.getString("serial_number"),
                                        rs.getInt("position"),
                                        rs.getInt("series_count"),
                                        rs.getInt("parallel_count"),
                                        rs.getBigDecimal("nominal_voltage_v"),
                                        rs.getBigDecimal("mass_kg"),
                                        ModuleHousing.valueOf(rs.getString("housing")),
                                        JointType.valueOf(rs.getString("cell_joining")),
                                        ModuleCondition.valueOf(rs.getString("condition")),
                                        rs.getBigDecimal("soh_pct"),
                                        List.of()));
        Map<Long, List<PassportDocument.Fastener>> fasteners =
                grouped(
                        "select * from fastener where battery_id in (:keys) order by battery_id, id",
                        keys,
                        rs ->
                                new PassportDocument.Fastener(
                                        rs.getString("ref"),
                                        FastenerType.valueOf(rs.getString("type")),
                                        rs.getString("size"),
                                        enumOrNull(Drive.class, rs.getString("drive")),
                                        rs.getInt("count"),
                                        rs.getString("material"),
                                        rs.getBigDecimal("torque_nm"),
                                        (Integer) rs.getObject("angle_deg"),
                                        rs.getBoolean("single_use"),
                                        rs.getBoolean("captive"),
                                        rs.getString("location")));
        Map<Long, List<PassportDocument.Joint>> joints =
                grouped(
                        """
                select j.*, p.ref as part_ref, a.ref as attached_ref, f.ref as fastener_ref
                from joint j
                join component p on p.battery_id = j.battery_id and p.id = j.part_id
                join component a on a.battery_id = j.battery_id and a.id = j.attached_to_id
                left join fastener f on f.battery_id = j.battery_id and f.id = j.fastener_id
                where j.battery_id in (:keys) order by j.battery_id, j.id""",
                        keys,
                        rs ->
                                new PassportDocument.Joint(
                                        rs.getString("ref"),
                                        JointType.valueOf(rs.getString("type")),
                                        rs.getString("part_ref"),
                                        rs.getString("attached_ref"),
                                        rs.getString("fastener_ref"),
                                        rs.getString("location"),
                                        rs.getString("notes")));
        Map<Long, List<PassportDocument.Connector>> connectors =
                grouped(
                        """
                select c.*, p.ref as part_ref, m.ref as mates_ref
                from connector c
                join component p on p.battery_id = c.battery_id and p.id = c.part_id
                left join component m on m.battery_id = c.battery_id and m.id = c.mates_with_id
                where c.battery_id in (:keys) order by c.battery_id, c.id""",
                        keys,
                        rs ->
                                new PassportDocument.Connector(
                                        rs.getString("ref"),
                                        ConnectorType.valueOf(rs.getString("type")),
                                        VoltageClass.valueOf(rs.getString("voltage_class")),
                                        rs.getBigDecimal("rated_voltage_v"),
                                        rs.getString("part_ref"),
                                        rs.getString("mates_ref"),
                                        rs.getString("location")));
        Map<Long, List<String>> sequences =
                grouped(
                        """
                select s.battery_id, coalesce(j.ref, c.ref) as ref from joining_step s
                left join joint j on j.battery_id = s.battery_id and j.id = s.joint_id
                left join connector c on c.battery_id = s.battery_id and c.id = s.connector_id
                where s.battery_id in (:keys) order by s.battery_id, s.sequence_no""",
                        keys,
                        rs -> rs.getString("ref"));
        for (Long key : keys) {
            trees.put(
                    key,
                    new DesignTree(
                            packs.get(key),
                            components.getOrDefault(key, List.of()),
                            modules.getOrDefault(key, List.of()),
                            fasteners.getOrDefault(key, List.of()),
                            joints.getOrDefault(key, List.of()),
                            connectors.getOrDefault(key, List.of()),
                            sequences.getOrDefault(key, List.of())));
        }
        return trees;
    }

    /** Rows of several batteries, grouped by the {@code battery_id} column each query selects. */
    <T> Map<Long, List<T>> grouped(
            String sql, java.util.Collection<Long> keys, RowReader<T> reader) {
        Map<Long, List<T>> grouped = new LinkedHashMap<>();
        jdbc.sql(sql)
                .param("keys", keys)
                .query(
                        (rs, n) ->
                                grouped.computeIfAbsent(
                                                rs.getLong("battery_id"), k -> new ArrayList<>())
                                        .add(reader.read(rs)))
                .list();
        return grouped;
    }

    @FunctionalInterface
    interface RowReader<T> {
        T read(ResultSet rs) throws SQLException;
    }

    record DesignTree(
            PassportDocument.PackDesign pack,
            List<PassportDocument.Component> components,
            List<PassportDocument.Module> modules,
            List<PassportDocument.Fastener> fasteners,
            List<PassportDocument.Joint> joints,
            List<PassportDocument.Connector> connectors,
            List<String> joiningSequence) {}

    // --- row mapping helpers -----------------------------------------------------------------

    private static PassportDocument.Manufacturing manufacturing(ResultSet rs) throws SQLException {
        return new PassportDocument.Manufacturing(
                rs.getString("manufacturing_place"),
                rs.getString("manufacturing_country"),
                rs.getBigDecimal("manufacturing_latitude"),
                rs.getBigDecimal("manufacturing_longitude"),
                localDate(rs, "manufacturing_date"),
                localDate(rs, "putting_into_service_date"));
    }

    static PassportDocument.Ratings ratings(ResultSet rs) throws SQLException {
        return new PassportDocument.Ratings(
                rs.getBigDecimal("rated_capacity_ah"),
                rs.getBigDecimal("rated_energy_kwh"),
                rs.getBigDecimal("min_voltage_v"),
                rs.getBigDecimal("nominal_voltage_v"),
                rs.getBigDecimal("max_voltage_v"),
                rs.getBigDecimal("original_power_w"),
                rs.getBigDecimal("max_permitted_power_w"),
                (Integer) rs.getObject("expected_lifetime_cycles"),
                rs.getBigDecimal("expected_lifetime_years"),
                rs.getBigDecimal("capacity_threshold_exhaustion_pct"),
                rs.getBigDecimal("idle_temperature_min_c"),
                rs.getBigDecimal("idle_temperature_max_c"));
    }

    static PassportDocument.Circularity circularity(ResultSet rs) throws SQLException {
        PassportDocument.RecycledContent recycled =
                new PassportDocument.RecycledContent(
                        rs.getBigDecimal("recycled_cobalt_pct"),
                                rs.getBigDecimal("recycled_lithium_pct"),
                        rs.getBigDecimal("recycled_nickel_pct"),
                                rs.getBigDecimal("recycled_lead_pct"));
        return new PassportDocument.Circularity(
                rs.getString("extinguishing_agent"),
                List.of((String[]) rs.getArray("critical_raw_materials").getArray()),
                recycled,
                rs.getBigDecimal("renewable_content_pct"),
                rs.getBigDecimal("carbon_footprint_kg_per_kwh"),
                rs.getString("carbon_footprint_class"),
                (Integer) rs.getObject("warranty_months"));
    }

    private <T> T parse(String value, TypeReference<T> type, T empty) {
        return value == null ? empty : json.readValue(value, type);
    }

    static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp ts = rs.getTimestamp(column);
        return ts == null ? null : ts.toInstant();
    }

    static LocalDate localDate(ResultSet rs, String column) throws SQLException {
        java.sql.Date date = rs.getDate(column);
        return date == null ? null : date.toLocalDate();
    }

    static Double doubleOrNull(BigDecimal value) {
        return value == null ? null : value.doubleValue();
    }

    static <E extends Enum<E>> E enumOrNull(Class<E> type, String value) {
        return value == null ? null : Enum.valueOf(type, value);
    }

    private static String likeEscaped(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
