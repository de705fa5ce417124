package eu.dbp.passport;

import eu.dbp.platform.FieldViolation;
import eu.dbp.platform.InvalidInputException;
import java.sql.Array;
import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Writes a whole passport document: the supply chain it names, the battery and its design tree.
 * Large child sets (cells above all) go in one statement per table through {@code unnest} of
 * arrays, so a pack with thousands of cells costs a handful of round trips.
 */
@Repository
class PassportWriter {

    private final JdbcClient jdbc;
    private final JdbcTemplate template;

    PassportWriter(JdbcClient jdbc, JdbcTemplate template) {
        this.jdbc = jdbc;
        this.template = template;
    }

    long insert(PassportDocument doc, long ownerOrgId) {
        insertSupplyChain(doc, ownerOrgId);
        long batteryId = insertBattery(doc, ownerOrgId);
        insertPredecessors(batteryId, doc.predecessors());
        insertSubstancesAndDocuments(batteryId, doc);
        insertDesign(batteryId, doc);
        insertProduction(batteryId, doc.production());
        return batteryId;
    }

    // --- supply chain ------------------------------------------------------------------------

    private void insertSupplyChain(PassportDocument doc, long ownerOrgId) {
        for (PassportDocument.MaterialBatch b : doc.materialBatches()) {
            jdbc.sql(
                            """
                    insert into material_batch (code, owner_org_id, material, compound, supplier, origin_country,
                        origin_latitude, origin_longitude, extracted_on, mass_kg, critical_raw_material, hazardous,
                        recycled_share_pct)
                    values (:code, :owner, :material, :compound, :supplier, :country, :lat, :lon, :extracted, :mass,
                        :crm, :hazardous, coalesce(:recycled, 0))
                    on conflict (code) do nothing""")
                    .param("code", b.code())
                    .param("owner", ownerOrgId)
                    .param("material", b.material().name())
                    .param("compound", b.compound())
                    .param("supplier", b.supplier())
                    .param("country", b.originCountry())
                    .param("lat", b.originLatitude())
                    .param("lon", b.originLongitude())
                    .param("extracted", b.extractedOn())
                    .param("mass", b.massKg())
                    .param("crm", b.criticalRawMaterial())
                    .param("hazardous", b.hazardous())
                    .param("recycled", b.recycledShare())
                    .update();
        }
        for (PassportDocument.CamLot lot : doc.camLots()) {
            int inserted =
                    jdbc.sql(
                                    """
                    insert into cam_lot (code, owner_org_id, chemistry, composition, supplier, produced_on, mass_kg)
                    values (:code, :owner, :chemistry, :composition, :supplier, :produced, :mass)
                    on conflict (code) do nothing""")
                            .param("code", lot.code())
                            .param("owner", ownerOrgId)
                            .param("chemistry", lot.chemistry().name())
                            .param("composition", lot.composition())
                            .param("supplier", lot.supplier())
                            .param("produced", lot.producedOn())
                            .param("mass", lot.massKg())
                            .update();
            if (inserted == 1) {
                insertCamInputs(lot);
            }
        }
        for (PassportDocument.CellModel m : doc.cellModels()) {
            jdbc.sql(
                            """
                    insert into cell_model (code, owner_org_id, manufacturer, format, size_code, chemistry,
                        anode_material, electrolyte, separator, nominal_voltage_v, min_voltage_v, max_voltage_v,
                        capacity_ah, mass_g, length_mm, width_mm, height_mm, diameter_mm)
                    values (:code, :owner, :manufacturer, :format, :size, :chemistry, :anode, :electrolyte,
                        :separator, :nominal, :min, :max, :capacity, :mass, :length, :width, :height, :diameter)
                    on conflict (code) do nothing""")
                    .param("code", m.code())
                    .param("owner", ownerOrgId)
                    .param("manufacturer", m.manufacturer())
                    .param("format", m.format().name())
                    .param("size", m.sizeCode())
                    .param("chemistry", m.chemistry().name())
                    .param("anode", m.anodeMaterial())
                    .param("electrolyte", m.electrolyte())
                    .param("separator", m.separator())
                    .param("nominal", m.nominalVoltage())
                    .param("min", m.minVoltage())
                    .param("max", m.maxVoltage())
                    .param("capacity", m.capacityAh())
                    .param("mass", m.massG())
                    .param("length", m.lengthMm())
                    .param("width", m.widthMm())
                    .param("height", m.heightMm())
                    .param("diameter", m.diameterMm())
                    .update();
        }
    }

    private void insertCamInputs(PassportDocument.CamLot lot) {
        for (int i = 0; i < lot.inputs().size(); i++) {
            PassportDocument.CamInput input = lot.inputs().get(i);
            int linked =
                    jdbc.sql(
                                    """
                    insert into cam_lot_input (cam_lot_id, material_batch_id, mass_share_pct)
                    select l.id, b.id, :share from cam_lot l, material_batch b
                    where l.code = :lot and b.code = :batch""")
                            .param("lot", lot.code())
                            .param("batch", input.materialBatch())
                            .param("share", input.massShare())
                            .update();
            if (linked == 0) {
                throw new InvalidInputException(
                        "camLots[" + lot.code() + "].inputs[" + i + "].materialBatch",
                        "reference",
                        "material batch '" + input.materialBatch() + "' is not known");
            }
        }
    }

    // --- identity ------------------------------------------------------------------------------

    private long insertBattery(PassportDocument doc, long ownerOrgId) {
        PassportDocument.Ratings r = doc.ratings();
        PassportDocument.Manufacturing m = doc.manufacturing();
        PassportDocument.Circularity c = doc.circularity();
        PassportDocument.RecycledContent rc = c == null ? null : c.recycledContent();
        PassportDocument.Performance perf = doc.performance();
        return jdbc.sql(
                        """
                insert into battery (identifier, model, serial_number, category, chemistry, status,
                    manufacturer_org_id, responsible_org_id, manufacturing_place, manufacturing_country,
                    manufacturing_latitude, manufacturing_longitude, manufacturing_date, putting_into_service_date,
                    mass_kg, rated_capacity_ah, rated_energy_kwh, min_voltage_v, nominal_voltage_v, max_voltage_v,
                    original_power_w, max_permitted_power_w, expected_lifetime_cycles, expected_lifetime_years,
                    capacity_threshold_exhaustion_pct, idle_temperature_min_c, idle_temperature_max_c,
                    extinguishing_agent, critical_raw_materials, recycled_cobalt_pct, recycled_lithium_pct,
                    recycled_nickel_pct, recycled_lead_pct, renewable_content_pct, carbon_footprint_kg_per_kwh,
                    carbon_footprint_class, warranty_months, initial_round_trip_efficiency_pct,
                    round_trip_efficiency_half_life_pct, cell_internal_resistance_mohm, pack_internal_resistance_mohm,
                    cycle_life_test_c_rate, separate_collection_symbol, cadmium_lead_symbol, assumed_values)
                values (:identifier, :model, :serial, :category, :chemistry, :status, :owner, :owner, :place,
                    :country, :lat, :lon, :made, :service, :mass, :capacity, :energy, :vmin, :vnom, :vmax,
                    :power, :maxPower, :cycles, :years, :threshold, :tmin, :tmax, :agent, :crm, :co, :li, :ni,
                    :pb, :renewable, :footprint, :footprintClass, :warranty, :rte, :rteHalf, :cellIr, :packIr, :cRate,
                    :collectionSymbol, :cdPbSymbol, :assumed)
                returning id""")
                .param("identifier", doc.id())
                .param("model", doc.model())
                .param("serial", doc.serialNumber())
                .param("category", doc.batteryCategory().name())
                .param("chemistry", doc.batteryChemistry().name())
                .param(
                        "status",
                        (doc.batteryStatus() == null ? BatteryStatus.ORIGINAL : doc.batteryStatus())
                                .name())
                .param("owner", ownerOrgId)
                .param("place", m.place())
                .param("country", m.country())
                .param("lat", m.latitude())
                .param("lon", m.longitude())
                .param("made", m.date())
                .param("service", m.puttingIntoServiceDate())
                .param("mass", doc.batteryMass())
                .param("capacity", r.ratedCapacity())
                .param("energy", r.ratedEnergy())
                .param("vmin", r.minimumVoltage())
                .param("vnom", r.nominalVoltage())
                .param("vmax", r.maximumVoltage())
                .param("power", r.originalPowerCapability())
                .param("maxPower", r.maximumPermittedPower())
                .param("cycles", r.expectedLifetimeCycles())
                .param("years", r.expectedLifetimeYears())
                .param("threshold", r.capacityThresholdForExhaustion())
                .param("tmin", r.idleTemperatureMin())
                .param("tmax", r.idleTemperatureMax())
                .param("agent", c == null ? null : c.extinguishingAgent())
                .param(
                        "crm",
                        c == null ? new String[0] : c.criticalRawMaterials().toArray(String[]::new))
                .param("co", rc == null ? null : rc.cobalt())
                .param("li", rc == null ? null : rc.lithium())
                .param("ni", rc == null ? null : rc.nickel())
                .param("pb", rc == null ? null : rc.lead())
                .param("renewable", c == null ? null : c.renewableContent())
                .param("footprint", c == null ? null : c.carbonFootprintPerKwh())
                .param("footprintClass", c == null ? null : c.carbonFootprintClass())
                .param("warranty", c == null ? null : c.warrantyMonths())
                .param("rte", perf == null ? null : perf.initialRoundTripEfficiency())
                .param(
                        "rteHalf",
                        perf == null ? null : perf.roundTripEfficiencyAt50PercentCycleLife())
                .param("cellIr", perf == null ? null : perf.cellInternalResistance())
                .param("packIr", perf == null ? null : perf.packInternalResistance())
                .param("cRate", perf == null ? null : perf.cycleLifeTestCRate())
                .param(
                        "collectionSymbol",
                        doc.labels() != null && doc.labels().separateCollectionSymbol())
                .param("cdPbSymbol", doc.labels() != null && doc.labels().cadmiumLeadSymbol())
                .param("assumed", Boolean.TRUE.equals(doc.assumedValues()))
                .query(Long.class)
                .single();
    }

    /**
     * Applies a correction if the stored version is the one it was based on; returns rows changed.
     */
    int update(long key, PassportUpdate u) {
        PassportDocument.Ratings r = u.ratings();
        PassportDocument.Manufacturing m = u.manufacturing();
        PassportDocument.Circularity c = u.circularity();
        PassportDocument.RecycledContent rc = c.recycledContent();
        PassportDocument.Performance perf = u.performance();
        return jdbc.sql(
                        """
                update battery set model = :model, serial_number = :serial, category = :category,
                    chemistry = :chemistry, manufacturing_place = :place, manufacturing_country = :country,
                    manufacturing_latitude = :lat, manufacturing_longitude = :lon, manufacturing_date = :made,
                    putting_into_service_date = :service, mass_kg = :mass, rated_capacity_ah = :capacity,
                    rated_energy_kwh = :energy, min_voltage_v = :vmin, nominal_voltage_v = :vnom,
                    max_voltage_v = :vmax, original_power_w = :power, max_permitted_power_w = :maxPower,
                    expected_lifetime_cycles = :cycles, expected_lifetime_years = :years,
                    capacity_threshold_exhaustion_pct = :threshold, idle_temperature_min_c = :tmin,
                    idle_temperature_max_c = :tmax, extinguishing_agent = :agent, critical_raw_materials = :crm,
                    recycled_cobalt_pct = :co, recycled_lithium_pct = :li, recycled_nickel_pct = :ni,
                    recycled_lead_pct = :pb, renewable_content_pct = :renewable,
                    carbon_footprint_kg_per_kwh = :footprint, carbon_footprint_class = :footprintClass,
                    warranty_months = :warranty, initial_round_trip_efficiency_pct = :rte,
                    round_trip_efficiency_half_life_pct = :rteHalf, cell_internal_resistance_mohm = :cellIr,
                    pack_internal_resistance_mohm = :packIr, cycle_life_test_c_rate = :cRate,
                    separate_collection_symbol = :collectionSymbol, cadmium_lead_symbol = :cdPbSymbol,
                    assumed_values = :assumed, version = version + 1, updated_at = now()
                where id = :key and version = :version""")
                .param("model", u.model())
                .param("serial", u.serialNumber())
                .param("category", u.batteryCategory().name())
                .param("chemistry", u.batteryChemistry().name())
                .param("place", m.place())
                .param("country", m.country())
                .param("lat", m.latitude())
                .param("lon", m.longitude())
                .param("made", m.date())
                .param("service", m.puttingIntoServiceDate())
                .param("mass", u.batteryMass())
                .param("capacity", r.ratedCapacity())
                .param("energy", r.ratedEnergy())
                .param("vmin", r.minimumVoltage())
                .param("vnom", r.nominalVoltage())
                .param("vmax", r.maximumVoltage())
                .param("power", r.originalPowerCapability())
                .param("maxPower", r.maximumPermittedPower())
                .param("cycles", r.expectedLifetimeCycles())
                .param("years", r.expectedLifetimeYears())
                .param("threshold", r.capacityThresholdForExhaustion())
                .param("tmin", r.idleTemperatureMin())
                .param("tmax", r.idleTemperatureMax())
                .param("agent", c.extinguishingAgent())
                .param("crm", c.criticalRawMaterials().toArray(String[]::new))
                .param("co", rc == null ? null : rc.cobalt())
                .param("li", rc == null ? null : rc.lithium())
                .param("ni", rc == null ? null : rc.nickel())
                .param("pb", rc == null ? null : rc.lead())
                .param("renewable", c.renewableContent())
                .param("footprint", c.carbonFootprintPerKwh())
                .param("footprintClass", c.carbonFootprintClass())
                .param("warranty", c.warrantyMonths())
                .param("rte", perf == null ? null : perf.initialRoundTripEfficiency())
                .param(
                        "rteHalf",
                        perf == null ? null : perf.roundTripEfficiencyAt50PercentCycleLife())
                .param("cellIr", perf == null ? null : perf.cellInternalResistance())
                .param("packIr", perf == null ? null : perf.packInternalResistance())
                .param("cRate", perf == null ? null : perf.cycleLifeTestCRate())
                .param(
                        "collectionSymbol",
                        u.labels() != null && u.labels().separateCollectionSymbol())
                .param("cdPbSymbol", u.labels() != null && u.labels().cadmiumLeadSymbol())
                .param("assumed", Boolean.TRUE.equals(u.assumedValues()))
                .param("key", key)
                .param("version", u.version())
                .update();
    }

    private void insertPredecessors(
            long batteryId, List<PassportDocument.Predecessor> predecessors) {
        for (int i = 0; i < predecessors.size(); i++) {
            PassportDocument.Predecessor p = predecessors.get(i);
            int linked =
                    jdbc.sql(
                                    """
                    insert into battery_lineage (battery_id, predecessor_battery_id, relation)
                    select :battery, id, :relation from battery where identifier = :predecessor""")
                            .param("battery", batteryId)
                            .param("relation", p.relation().name())
                            .param("predecessor", p.id())
                            .update();
            if (linked == 0) {
                throw new InvalidInputException(
                        "predecessors[" + i + "].id",
                        "reference",
                        "no passport with identifier '" + p.id() + "'");
            }
        }
    }

    private void insertSubstancesAndDocuments(long batteryId, PassportDocument doc) {
        for (PassportDocument.HazardousSubstance s : doc.hazardousSubstances()) {
            jdbc.sql(
                            """
                    insert into hazardous_substance (battery_id, name, cas_number, hazard_class,
                        concentration_pct, location)
                    values (:battery, :name, :cas, :class, :concentration, :location)""")
                    .param("battery", batteryId)
                    .param("name", s.name())
                    .param("cas", s.casNumber())
                    .param("class", s.hazardClass())
                    .param("concentration", s.concentration())
                    .param("location", s.location())
                    .update();
        }
        for (PassportDocument.Document d : doc.documents()) {
            jdbc.sql(
                            """
                    insert into battery_document (battery_id, document_type, title, mime_type, url)
                    values (:battery, :type, :title, :mime, :url)""")
                    .param("battery", batteryId)
                    .param("type", d.documentType().name())
                    .param("title", d.title())
                    .param("mime", d.mimeType())
                    .param("url", d.url())
                    .update();
        }
    }

    private void insertProduction(long batteryId, List<PassportDocument.ProductionStep> steps) {
        for (PassportDocument.ProductionStep s : steps) {
            jdbc.sql(
                            """
                    insert into production_step (battery_id, stage, site, country, latitude, longitude, started_at,
                        completed_at)
                    values (:battery, :stage, :site, :country, :lat, :lon, :started, :completed)""")
                    .param("battery", batteryId)
                    .param("stage", s.stage().name())
                    .param("site", s.site())
                    .param("country", s.country())
                    .param("lat", s.latitude())
                    .param("lon", s.longitude())
                    .param("started", timestamp(s.startedAt()))
                    .param("completed", timestamp(s.completedAt()))
                    .update();
        }
    }

    // --- design --------------------------------------------------------------------------------

    private void insertDesign(long batteryId, PassportDocument doc) {
        PassportDocument.Design design = doc.design();
        insertPack(batteryId, design.pack());
        Map<String, Long> components = insertComponents(batteryId, design.components());
        Map<String, Long> modules = insertModules(batteryId, design.modules(), components);
        insertCells(batteryId, design, modules);
        Map<String, Long> fasteners = insertFasteners(batteryId, design.fasteners());
        Map<String, Long> joints = insertJoints(batteryId, design.joints(), components, fasteners);
        Map<String, Long> connectors = insertConnectors(batteryId, design.connectors(), components);
        insertJoiningSequence(batteryId, design.joiningSequence(), joints, connectors);
    }

    private void insertPack(long batteryId, PassportDocument.PackDesign p) {
        jdbc.sql(
                        """
                insert into pack (battery_id, series_count, parallel_count, cell_to_pack, housing_material, length_mm,
                    width_mm, height_mm, cooling, coolant, coolant_volume_l, bms, service_disconnect,
                    service_disconnect_location, capacitor_discharge_s, max_short_circuit_current_a)
                values (:battery, :series, :parallel, :ctp, :housing, :length, :width, :height, :cooling, :coolant,
                    :coolantVolume, :bms, :msd, :msdLocation, :discharge, :shortCircuit)""")
                .param("battery", batteryId)
                .param("series", p.seriesCount())
                .param("parallel", p.parallelCount())
                .param("ctp", p.cellToPack())
                .param("housing", p.housingMaterial())
                .param("length", p.lengthMm())
                .param("width", p.widthMm())
                .param("height", p.heightMm())
                .param("cooling", p.cooling().name())
                .param("coolant", p.coolant())
                .param("coolantVolume", p.coolantVolumeL())
                .param("bms", p.bms())
                .param("msd", p.serviceDisconnect())
                .param("msdLocation", p.serviceDisconnectLocation())
                .param("discharge", p.capacitorDischargeSeconds())
                .param("shortCircuit", p.maxShortCircuitCurrentA())
                .update();
    }

    private Map<String, Long> insertComponents(
            long batteryId, List<PassportDocument.Component> components) {
        return insertReturningIds(
                """
                insert into component (battery_id, ref, kind, name, location, high_voltage, mass_kg, material,
                    part_number, spare_part_source)
                select ?, * from unnest(?::text[], ?::text[], ?::text[], ?::text[], ?::boolean[], ?::numeric[],
                    ?::text[], ?::text[], ?::text[])
                returning ref, id""",
                batteryId,
                components.size(),
                column(components, PassportDocument.Component::ref),
                column(components, c -> c.kind().name()),
                column(components, PassportDocument.Component::name),
                column(components, PassportDocument.Component::location),
                column(components, PassportDocument.Component::highVoltage),
                column(components, PassportDocument.Component::massKg),
                column(components, PassportDocument.Component::material),
                column(components, PassportDocument.Component::partNumber),
                column(components, PassportDocument.Component::sparePartSource));
    }

    private Map<String, Long> insertModules(
            long batteryId, List<PassportDocument.Module> modules, Map<String, Long> components) {
        if (modules.isEmpty()) {
            return Map.of();
        }
        return insertReturningIds(
                """
                insert into module (battery_id, component_id, serial_number, position, series_count, parallel_count,
                    nominal_voltage_v, mass_kg, housing, cell_joining, condition, soh_pct)
                select ?, * from unnest(?::bigint[], ?::text[], ?::int[], ?::int[], ?::int[], ?::numeric[],
                    ?::numeric[], ?::text[], ?::text[], ?::text[], ?::numeric[])
                returning serial_number, id""",
                batteryId,
                modules.size(),
                column(modules, m -> components.get(m.ref())),
                column(modules, PassportDocument.Module::serialNumber),
                column(modules, PassportDocument.Module::position),
                column(modules, PassportDocument.Module::seriesCount),
                column(modules, PassportDocument.Module::parallelCount),
                column(modules, PassportDocument.Module::nominalVoltage),
                column(modules, PassportDocument.Module::massKg),
                column(modules, m -> m.housing().name()),
                column(modules, m -> m.cellJoining().name()),
                column(
                        modules,
                        m ->
                                (m.condition() == null ? ModuleCondition.IN_SERVICE : m.condition())
                                        .name()),
                column(modules, PassportDocument.Module::soh));
    }

    private void insertCells(
            long batteryId, PassportDocument.Design design, Map<String, Long> modules) {
        List<Object[]> rows = new ArrayList<>();
        for (PassportDocument.Module module : design.modules()) {
            Long moduleId = modules.get(module.serialNumber());
            module.cells().forEach(cell -> rows.add(new Object[] {moduleId, cell}));
        }
        design.packCells().forEach(cell -> rows.add(new Object[] {null, cell}));
        if (rows.isEmpty()) {
            return;
        }

        Set<String> modelCodes = new LinkedHashSet<>();
        Set<String> lotCodes = new LinkedHashSet<>();
        rows.forEach(
                row -> {
                    PassportDocument.Cell cell = (PassportDocument.Cell) row[1];
                    modelCodes.add(cell.cellModel());
                    lotCodes.add(cell.camLot());
                });
        Map<String, Long> modelIds = idsByCode("cell_model", modelCodes, "cellModel");
        Map<String, Long> lotIds = idsByCode("cam_lot", lotCodes, "camLot");

        Object[] moduleIds = rows.stream().map(r -> r[0]).toArray();
        Object[] models =
                rows.stream()
                        .map(r -> modelIds.get(((PassportDocument.Cell) r[1]).cellModel()))
                        .toArray();
        Object[] lots =
                rows.stream()
                        .map(r -> lotIds.get(((PassportDocument.Cell) r[1]).camLot()))
                        .toArray();
        Object[] serials =
                rows.stream().map(r -> ((PassportDocument.Cell) r[1]).serialNumber()).toArray();
        Object[] positions =
                rows.stream().map(r -> ((PassportDocument.Cell) r[1]).position()).toArray();
        template.execute(
                (ConnectionCallback<Integer>)
                        connection -> {
                            try (PreparedStatement ps =
                                    connection.prepareStatement(
                                            """
                    insert into cell (battery_id, module_id, cell_model_id, cam_lot_id, serial_number, position)
                    select ?, * from unnest(?::bigint[], ?::bigint[], ?::bigint[], ?::text[], ?::int[])""")) {
                                ps.setLong(1, batteryId);
                                ps.setArray(2, connection.createArrayOf("bigint", moduleIds));
                                ps.setArray(3, connection.createArrayOf("bigint", models));
                                ps.setArray(4, connection.createArrayOf("bigint", lots));
                                ps.setArray(5, connection.createArrayOf("text", serials));
                                ps.setArray(6, connection.createArrayOf("integer", positions));
                                return ps.executeUpdate();
                            }
                        });
    }

    private Map<String, Long> idsByCode(String table, Collection<String> codes, String field) {
        Map<String, Long> ids = new HashMap<>();
        jdbc.sql("select code, id from " + table + " where code in (:codes)")
                .param("codes", codes)
                .query((rs, n) -> ids.put(rs.getString(1), rs.getLong(2)))
                .list();
        List<FieldViolation> unknown =
                codes.stream()
                        .filter(code -> !ids.containsKey(code))
                        .map(
                                code ->
                                        new FieldViolation(
                                                "design.cells." + field,
                                                "reference",
                                                field
                                                        + " '"
                                                        + code
                                                        + "' is neither in this document nor registered"))
                        .toList();
        if (!unknown.isEmpty()) {
            throw new InvalidInputException(unknown);
        }
        return ids;
    }

    private Map<String, Long> insertFasteners(
            long batteryId, List<PassportDocument.Fastener> fasteners) {
        if (fasteners.isEmpty()) {
            return Map.of();
        }
        return insertReturningIds(
                """
                insert into fastener (battery_id, ref, type, size, drive, count, material, torque_nm, angle_deg,
                    single_use, captive, location)
                select ?, * from unnest(?::text[], ?::text[], ?::text[], ?::text[], ?::int[], ?::text[], ?::numeric[],
                    ?::int[], ?::boolean[], ?::boolean[], ?::text[])
                returning ref, id""",
                batteryId,
                fasteners.size(),
                column(fasteners, PassportDocument.Fastener::ref),
                column(fasteners, f -> f.type().name()),
                column(fasteners, PassportDocument.Fastener::size),
                column(fasteners, f -> f.drive() == null ? null : f.drive().name()),
                column(fasteners, PassportDocument.Fastener::count),
                column(fasteners, PassportDocument.Fastener::material),
                column(fasteners, PassportDocument.Fastener::torqueNm),
                column(fasteners, PassportDocument.Fastener::angleDeg),
                column(fasteners, PassportDocument.Fastener::singleUse),
                column(fasteners, PassportDocument.Fastener::captive),
                column(fasteners, PassportDocument.Fastener::location));
    }

    private Map<String, Long> insertJoints(
            long batteryId,
            List<PassportDocument.Joint> joints,
            Map<String, Long> components,
            Map<String, Long> fasteners) {
        if (joints.isEmpty()) {
            return Map.of();
        }
        return insertReturningIds(
                """
                insert into joint (battery_id, ref, type, part_id, attached_to_id, fastener_id, location, notes)
                select ?, * from unnest(?::text[], ?::text[], ?::bigint[], ?::bigint[], ?::bigint[], ?::text[],
                    ?::text[])
                returning ref, id""",
                batteryId,
                joints.size(),
                column(joints, PassportDocument.Joint::ref),
                column(joints, j -> j.type().name()),
                column(joints, j -> components.get(j.part())),
                column(joints, j -> components.get(j.attachedTo())),
                column(joints, j -> j.fastener() == null ? null : fasteners.get(j.fastener())),
                column(joints, PassportDocument.Joint::location),
                column(joints, PassportDocument.Joint::notes));
    }

    private Map<String, Long> insertConnectors(
            long batteryId,
            List<PassportDocument.Connector> connectors,
            Map<String, Long> components) {
        if (connectors.isEmpty()) {
            return Map.of();
        }
        return insertReturningIds(
                """
                insert into connector (battery_id, ref, type, voltage_class, rated_voltage_v, part_id, mates_with_id,
                    location)
                select ?, * from unnest(?::text[], ?::text[], ?::text[], ?::numeric[], ?::bigint[], ?::bigint[],
                    ?::text[])
                returning ref, id""",
                batteryId,
                connectors.size(),
                column(connectors, PassportDocument.Connector::ref),
                column(connectors, c -> c.type().name()),
                column(connectors, c -> c.voltageClass().name()),
                column(connectors, PassportDocument.Connector::ratedVoltage),
                column(connectors, c -> components.get(c.part())),
                column(
                        connectors,
                        c -> c.matesWith() == null ? null : components.get(c.matesWith())),
                column(connectors, PassportDocument.Connector::location));
    }

    private void insertJoiningSequence(
            long batteryId,
            List<String> sequence,
            Map<String, Long> joints,
            Map<String, Long> connectors) {
        if (sequence.isEmpty()) {
            return;
        }
        Object[] numbers = new Object[sequence.size()];
        Object[] jointIds = new Object[sequence.size()];
        Object[] connectorIds = new Object[sequence.size()];
        for (int i = 0; i < sequence.size(); i++) {
            numbers[i] = i + 1;
            jointIds[i] = joints.get(sequence.get(i));
            connectorIds[i] = jointIds[i] == null ? connectors.get(sequence.get(i)) : null;
        }
        template.execute(
                (ConnectionCallback<Integer>)
                        connection -> {
                            try (PreparedStatement ps =
                                    connection.prepareStatement(
                                            """
                    insert into joining_step (battery_id, sequence_no, joint_id, connector_id)
                    select ?, * from unnest(?::int[], ?::bigint[], ?::bigint[])""")) {
                                ps.setLong(1, batteryId);
                                ps.setArray(2, connection.createArrayOf("integer", numbers));
                                ps.setArray(3, connection.createArrayOf("bigint", jointIds));
                                ps.setArray(4, connection.createArrayOf("bigint", connectorIds));
                                return ps.executeUpdate();
                            }
                        });
    }

    // --- helpers -------------------------------------------------------------------------------

    /**
     * Runs an {@code insert ... select ?, * from unnest(...) returning key, id} and maps the
     * returned keys to ids. The first parameter is the battery id; each column is an array.
     */
    private Map<String, Long> insertReturningIds(
            String sql, long batteryId, int size, Object[]... columns) {
        String[] types = arrayTypes(sql, columns.length);
        return template.execute(
                (ConnectionCallback<Map<String, Long>>)
                        connection -> {
                            Map<String, Long> ids = new HashMap<>(size * 2);
                            try (PreparedStatement ps = connection.prepareStatement(sql)) {
                                ps.setLong(1, batteryId);
                                for (int i = 0; i < columns.length; i++) {
                                    Array array = connection.createArrayOf(types[i], columns[i]);
                                    ps.setArray(i + 2, array);
                                }
                                try (var rs = ps.executeQuery()) {
                                    while (rs.next()) {
                                        ids.put(rs.getString(1), rs.getLong(2));
                                    }
                                }
                            }
                            return ids;
                        });
    }

    /** Reads the element types from the {@code ?::type[]} casts, in order. */
    private static String[] arrayTypes(String sql, int count) {
        String[] types = new String[count];
        var matcher = java.util.regex.Pattern.compile("\\?::(\\w+)\\[]").matcher(sql);
        for (int i = 0; i < count && matcher.find(); i++) {
            String type = matcher.group(1);
            types[i] =
                    switch (type) {
                        case "int" -> "integer";
                        case "boolean" -> "bool";
                        default -> type;
                    };
        }
        return types;
    }

    private static <T> Object[] column(List<T> items, Function<T, Object> getter) {
        Object[] values = new Object[items.size()];
        for (int i = 0; i < values.length; i++) {
            values[i] = getter.apply(items.get(i));
        }
        return values;
    }

    static Timestamp timestamp(java.time.Instant instant) {
        return instant == null ? null : Timestamp.from(instant);
    }
}
