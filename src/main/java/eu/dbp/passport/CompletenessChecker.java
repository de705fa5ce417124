package eu.dbp.passport;

import eu.dbp.platform.Organisation;
import eu.dbp.platform.Organisations;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Scores a passport against the European Commission's 71 data points (guidance "Digital Batteries
 * Passport - data points by category", v1.0, 2026-07-28, CC BY 4.0), read from {@code
 * passport/ec-datapoints.csv}. The catalogue says what each category must hold; the checks below
 * say where DBP keeps each point.
 */
@Component
class CompletenessChecker {

    static final String CATALOGUE =
            "EC guidance 'Digital Batteries Passport - data points by category' v1.0 "
                    + "(2026-07-28), Ares(2026)7579758";

    private final List<CatalogueEntry> catalogue;
    private final JdbcClient jdbc;
    private final Organisations organisations;

    CompletenessChecker(JdbcClient jdbc, Organisations organisations) {
        this.jdbc = jdbc;
        this.organisations = organisations;
        this.catalogue = load();
    }

    record CatalogueEntry(
            int number,
            String name,
            String annexPoint,
            String tier,
            Map<BatteryCategory, String> status) {}

    /** What the checks read: the passport, its organisation and a few counts. */
    record Facts(Passport passport, Organisation manufacturer, Map<String, Integer> counts) {

        int count(String what) {
            return counts.getOrDefault(what, 0);
        }

        boolean hasDocument(PassportDocument.DocumentType type) {
            return passport.documents().stream().anyMatch(d -> d.documentType() == type);
        }

        PackView.Sox sox() {
            return passport.latestSox() == null ? PackView.Sox.none() : passport.latestSox();
        }
    }

    Completeness check(Passport passport, long key) {
        Facts facts =
                new Facts(
                        passport,
                        organisations.require(passport.manufacturer().code()),
                        counts(key));
        List<Completeness.DataPoint> points = new ArrayList<>();
        int mandatory = 0;
        int present = 0;
        for (CatalogueEntry entry : catalogue) {
            String requirement = entry.status().getOrDefault(passport.batteryCategory(), "-");
            boolean holds = CHECKS.getOrDefault(entry.number(), f -> false).test(facts);
            Completeness.State state =
                    switch (requirement) {
                        case "P" -> Completeness.State.NOT_YET_REQUIRED;
                        case "-" -> Completeness.State.NOT_APPLICABLE;
                        case "M" -> holds ? Completeness.State.PRESENT : Completeness.State.MISSING;
                        default ->
                                holds
                                        ? Completeness.State.PRESENT
                                        : Completeness.State.ABSENT_NOT_REQUIRED;
                    };
            if ("M".equals(requirement)) {
                mandatory++;
                present += holds ? 1 : 0;
            }
            points.add(
                    new Completeness.DataPoint(
                            entry.number(),
                            entry.name(),
                            entry.annexPoint(),
                            entry.tier(),
                            requirement,
                            state));
        }
        double score = mandatory == 0 ? 100 : Math.round(1000.0 * present / mandatory) / 10.0;
        return new Completeness(
                passport.id(),
                passport.batteryCategory(),
                score,
                mandatory,
                present,
                CATALOGUE,
                points);
    }

    private Map<String, Integer> counts(long key) {
        return jdbc.sql(
                        """
                select (select count(*) from component
                        where battery_id = :key and part_number is not null) as part_numbers,
                       (select count(*) from component
                        where battery_id = :key and spare_part_source is not null) as spares,
                       (select count(*) from joint where battery_id = :key) as joints,
                       (select count(*) from joining_step where battery_id = :key) as sequence,
                       (select count(*) from test_report
                        where battery_id = :key and test_type = 'COMPLIANCE') as compliance,
                       (select count(*) from test_report
                        where battery_id = :key and test_type = 'CYCLE_LIFE') as cycle_tests,
                       (select count(*) from cell c join cell_model m on m.id = c.cell_model_id
                            where c.battery_id = :key and m.anode_material is not null and m.electrolyte is not null)
                            as composition,
                       (select count(*) from battery_event where battery_id = :key) as events""")
                .param("key", key)
                .query(
                        (rs, n) ->
                                Map.of(
                                        "partNumbers",
                                        rs.getInt("part_numbers"),
                                        "spares",
                                        rs.getInt("spares"),
                                        "joints",
                                        rs.getInt("joints"),
                                        "sequence",
                                        rs.getInt("sequence"),
                                        "compliance",
                                        rs.getInt("compliance"),
                                        "cycleTests",
                                        rs.getInt("cycle_tests"),
                                        "composition",
                                        rs.getInt("composition"),
                                        "events",
                                        rs.getInt("events")))
                .single();
    }

    /**
     * Where each data point lives. Points with no check here are never present (nothing stores
     * them).
     */
    private static final Map<Integer, Predicate<Facts>> CHECKS =
            Map.ofEntries(
                    Map.entry(1, f -> f.passport().id() != null),
                    Map.entry(2, f -> f.passport().responsibleOperator() != null),
                    Map.entry(3, f -> f.manufacturer().name() != null),
                    Map.entry(4, f -> f.manufacturer().postalAddress() != null),
                    Map.entry(
                            5,
                            f ->
                                    f.manufacturer().webAddress() != null
                                            || f.manufacturer().email() != null),
                    Map.entry(6, f -> f.passport().batteryCategory() != null),
                    Map.entry(
                            7,
                            f ->
                                    f.passport().model() != null
                                            && f.passport().serialNumber() != null),
                    Map.entry(8, f -> f.passport().manufacturing().place() != null),
                    Map.entry(9, f -> f.passport().manufacturing().date() != null),
                    Map.entry(10, f -> f.passport().batteryMass() != null),
                    Map.entry(11, f -> f.passport().ratings().ratedCapacity() != null),
                    Map.entry(12, f -> f.passport().batteryChemistry() != null),
                    Map.entry(13, f -> !f.passport().hazardousSubstances().isEmpty()),
                    Map.entry(14, f -> f.passport().circularity().extinguishingAgent() != null),
                    Map.entry(
                            15, f -> !f.passport().circularity().criticalRawMaterials().isEmpty()),
                    Map.entry(17, f -> f.passport().circularity().carbonFootprintPerKwh() != null),
                    Map.entry(18, f -> f.passport().circularity().carbonFootprintClass() != null),
                    Map.entry(
                            19,
                            f -> f.hasDocument(PassportDocument.DocumentType.DUE_DILIGENCE_REPORT)),
                    Map.entry(20, f -> recycled(f).cobalt() != null),
                    Map.entry(21, f -> recycled(f).lithium() != null),
                    Map.entry(22, f -> recycled(f).nickel() != null),
                    Map.entry(23, f -> recycled(f).lead() != null),
                    Map.entry(24, f -> f.passport().circularity().renewableContent() != null),
                    Map.entry(26, f -> f.passport().ratings().minimumVoltage() != null),
                    Map.entry(27, f -> f.passport().ratings().nominalVoltage() != null),
                    Map.entry(28, f -> f.passport().ratings().maximumVoltage() != null),
                    Map.entry(29, f -> f.passport().ratings().originalPowerCapability() != null),
                    Map.entry(30, f -> f.passport().ratings().maximumPermittedPower() != null),
                    Map.entry(31, f -> f.passport().ratings().expectedLifetimeCycles() != null),
                    Map.entry(32, f -> f.count("cycleTests") > 0),
                    Map.entry(
                            33,
                            f -> f.passport().ratings().capacityThresholdForExhaustion() != null),
                    Map.entry(
                            34,
                            f ->
                                    f.passport().ratings().idleTemperatureMin() != null
                                            && f.passport().ratings().idleTemperatureMax() != null),
                    Map.entry(35, f -> f.passport().circularity().warrantyMonths() != null),
                    Map.entry(
                            36,
                            f -> f.passport().performance().initialRoundTripEfficiency() != null),
                    Map.entry(
                            37,
                            f ->
                                    f.passport()
                                                    .performance()
                                                    .roundTripEfficiencyAt50PercentCycleLife()
                                            != null),
                    Map.entry(
                            38,
                            f ->
                                    f.passport().performance().cellInternalResistance() != null
                                            && f.passport().performance().packInternalResistance()
                                                    != null),
                    Map.entry(39, f -> f.passport().performance().cycleLifeTestCRate() != null),
                    Map.entry(40, f -> f.passport().labels().separateCollectionSymbol()),
                    Map.entry(41, f -> f.passport().labels().cadmiumLeadSymbol()),
                    Map.entry(
                            42,
                            f ->
                                    f.hasDocument(
                                            PassportDocument.DocumentType
                                                    .DECLARATION_OF_CONFORMITY)),
                    Map.entry(
                            43,
                            f ->
                                    f.hasDocument(
                                            PassportDocument.DocumentType
                                                    .WASTE_PREVENTION_INFORMATION)),
                    Map.entry(
                            44,
                            f -> f.hasDocument(PassportDocument.DocumentType.INSTRUCTIONS_FOR_USE)),
                    Map.entry(45, f -> f.count("composition") > 0),
                    Map.entry(46, f -> f.count("partNumbers") > 0),
                    Map.entry(47, f -> f.count("spares") > 0),
                    Map.entry(
                            48,
                            f ->
                                    (f.count("joints") > 0 && f.count("sequence") > 0)
                                            || f.hasDocument(
                                                    PassportDocument.DocumentType
                                                            .DISMANTLING_MANUAL)),
                    Map.entry(
                            49,
                            f ->
                                    f.passport().design() != null
                                            || f.hasDocument(
                                                    PassportDocument.DocumentType
                                                            .SAFETY_INSTRUCTIONS)),
                    Map.entry(50, f -> f.count("compliance") > 0),
                    Map.entry(51, f -> f.passport().ratings().ratedCapacity() != null),
                    Map.entry(52, f -> f.sox().sohPct() != null),
                    Map.entry(
                            53,
                            f ->
                                    f.sox().powerCapabilityW() != null
                                            || f.passport().ratings().originalPowerCapability()
                                                    != null),
                    Map.entry(
                            54,
                            f ->
                                    f.sox().powerCapabilityW() != null
                                            && f.sox().firstPowerCapabilityW() != null),
                    Map.entry(55, f -> f.sox().internalResistanceMohm() != null),
                    Map.entry(
                            56,
                            f ->
                                    f.sox().internalResistanceMohm() != null
                                            && f.sox().firstInternalResistanceMohm() != null),
                    Map.entry(57, f -> f.sox().roundTripEfficiencyPct() != null),
                    Map.entry(
                            58,
                            f ->
                                    f.sox().roundTripEfficiencyPct() != null
                                            && f.passport()
                                                            .performance()
                                                            .initialRoundTripEfficiency()
                                                    != null),
                    Map.entry(59, f -> f.passport().ratings().expectedLifetimeCycles() != null),
                    Map.entry(60, f -> f.passport().ratings().expectedLifetimeYears() != null),
                    Map.entry(61, f -> f.sox().sohPct() != null),
                    Map.entry(62, f -> f.sox().sohPct() != null),
                    Map.entry(63, f -> f.sox().powerCapabilityW() != null),
                    Map.entry(64, f -> f.sox().roundTripEfficiencyPct() != null),
                    Map.entry(
                            65,
                            f ->
                                    f.sox().selfDischargePctPerMonth() != null
                                            && f.sox().firstSelfDischargePctPerMonth() != null),
                    Map.entry(66, f -> f.sox().internalResistanceMohm() != null),
                    Map.entry(67, f -> f.passport().batteryStatus() != null),
                    Map.entry(68, f -> f.sox().cycleCount() != null),
                    Map.entry(69, f -> f.count("events") > 0),
                    Map.entry(70, f -> f.sox().temperatureC() != null),
                    Map.entry(71, f -> f.sox().socPct() != null));

    private static PassportDocument.RecycledContent recycled(Facts f) {
        PassportDocument.RecycledContent content = f.passport().circularity().recycledContent();
        return content == null
                ? new PassportDocument.RecycledContent(null, null, null, null)
                : content;
    }

    private static List<CatalogueEntry> load() {
        ClassPathResource resource = new ClassPathResource("passport/ec-datapoints.csv");
        List<CatalogueEntry> entries = new ArrayList<>();
        try (BufferedReader in =
                new BufferedReader(
                        new InputStreamReader(resource.getInputStream(), StandardCharsets.UTF_8))) {
            List<String> header = fields(in.readLine());
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                if (line.isBlank()) {
                    continue;
                }
                List<String> f = fields(line);
                Map<BatteryCategory, String> status =
                        Map.of(
                                BatteryCategory.EV, f.get(header.indexOf("ev")),
                                BatteryCategory.LMT, f.get(header.indexOf("lmt")),
                                BatteryCategory.INDUSTRIAL, f.get(header.indexOf("industrial")),
                                BatteryCategory.STATIONARY, f.get(header.indexOf("stationary")));
                entries.add(
                        new CatalogueEntry(
                                Integer.parseInt(f.get(0)),
                                f.get(1),
                                f.get(header.indexOf("annex_xiii_point")),
                                f.get(header.indexOf("access_tier")),
                                status));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the data-point catalogue", e);
        }
        return List.copyOf(entries);
    }

    /** Splits one CSV line (RFC 4180 quoting, no line breaks inside fields). */
    static List<String> fields(String line) {
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quoted && c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                field.append('"');
                i++;
            } else if (c == '"') {
                quoted = !quoted;
            } else if (c == ',' && !quoted) {
                fields.add(field.toString());
                field.setLength(0);
            } else {
                field.append(c);
            }
        }
        fields.add(field.toString());
        return fields;
    }
}
