package eu.dbp.passport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;

import eu.dbp.IntegrationTest;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Every validation rule twice: the API refuses the bad value with a problem detail naming the
 * field, and the database refuses the same value in a direct INSERT, so no path stores it.
 */
@IntegrationTest
class ValidationRulesTests {

    /** A battery row that is valid but for the one column each row of the table breaks. */
    private static final String BATTERY =
            """
            insert into battery (identifier, model, category, chemistry, manufacturer_org_id, responsible_org_id,
                manufacturing_place, manufacturing_date, mass_kg, rated_capacity_ah, rated_energy_kwh, min_voltage_v,
                nominal_voltage_v, max_voltage_v, extinguishing_agent)
            select 'DB-RULE-TEST', 'm', %s, 'NMC811', o.id, o.id, 'p', date '2024-01-01', %s, 10, 1, %s, 50, %s,
                'water'
            from organisation o where o.code = 'oem1'""";

    @Autowired MockMvcTester mvc;

    @Autowired JsonMapper json;

    @Autowired JdbcClient jdbc;

    @Autowired TransactionTemplate transactions;

    static Stream<Arguments> rules() {
        return Stream.of(
                Arguments.of(
                        "pack voltage above 1500 V DC",
                        "ratings.maximumVoltage",
                        "1600",
                        "ratings.maximumVoltage",
                        BATTERY.formatted("'EV'", "10", "40", "1600")),
                Arguments.of(
                        "negative battery mass",
                        "batteryMass",
                        "-1",
                        "batteryMass",
                        BATTERY.formatted("'EV'", "-1", "40", "60")),
                Arguments.of(
                        "minimum voltage above nominal",
                        "ratings.minimumVoltage",
                        "55",
                        "ratings.minimumVoltage",
                        BATTERY.formatted("'EV'", "10", "55", "60")),
                Arguments.of(
                        "category outside the regulation's list",
                        "batteryCategory",
                        "\"SCOOTER\"",
                        "batteryCategory",
                        BATTERY.formatted("'SCOOTER'", "10", "40", "60")),
                Arguments.of(
                        "cell voltage above 5 V",
                        "cellModels[0].nominalVoltage",
                        "5.5",
                        "cellModels[0].nominalVoltage",
                        """
                        insert into cell_model (code, owner_org_id, manufacturer, format, chemistry, nominal_voltage_v,
                            capacity_ah, mass_g) select 'DB-RULE-CELL', id, 'x', 'POUCH', 'LFP', 5.5, 10, 100
                        from organisation where code = 'oem1'"""),
                Arguments.of(
                        "cell capacity not positive",
                        "cellModels[0].capacityAh",
                        "0",
                        "cellModels[0].capacityAh",
                        """
                        insert into cell_model (code, owner_org_id, manufacturer, format, chemistry, nominal_voltage_v,
                            capacity_ah, mass_g) select 'DB-RULE-CELL', id, 'x', 'POUCH', 'LFP', 3.2, 0, 100
                        from organisation where code = 'oem1'"""),
                Arguments.of(
                        "latitude beyond 90",
                        "materialBatches[0].originLatitude",
                        "91",
                        "materialBatches[0].originLatitude",
                        """
                        insert into material_batch (code, owner_org_id, material, supplier, origin_country,
                            origin_latitude, origin_longitude) select 'DB-RULE-MB', id, 'NICKEL', 's', 'AU', 91, 10
                        from organisation where code = 'oem1'"""),
                Arguments.of(
                        "longitude beyond 180",
                        "materialBatches[0].originLongitude",
                        "-181",
                        "materialBatches[0].originLongitude",
                        """
                        insert into material_batch (code, owner_org_id, material, supplier, origin_country,
                            origin_latitude, origin_longitude) select 'DB-RULE-MB', id, 'NICKEL', 's', 'AU', 10, -181
                        from organisation where code = 'oem1'"""),
                Arguments.of(
                        "module SoH above 100 %",
                        "design.modules[0].soh",
                        "101",
                        "design.modules[0].soh",
                        """
                        insert into module (battery_id, component_id, serial_number, position, series_count,
                            parallel_count, nominal_voltage_v, housing, cell_joining, soh_pct)
                        select b.id, c.id, 'DB-RULE-MOD', 999, 1, 1, 3.7, 'OPEN_FRAME', 'WELDED', 101
                        from battery b join component c on c.battery_id = b.id
                        where b.identifier = 'DEMO-LEAF-24-0001' limit 1"""),
                Arguments.of(
                        "cooling outside the list",
                        "design.pack.cooling",
                        "\"WATER\"",
                        "design.pack.cooling",
                        "with b as ("
                                + BATTERY.formatted("'EV'", "10", "40", "60")
                                + " returning id) "
                                + "insert into pack (battery_id, series_count, parallel_count, housing_material, "
                                + "cooling, bms) select id, 1, 1, 'steel', 'WATER', 'b' from b"),
                Arguments.of(
                        "negative torque",
                        "design.fasteners[0].torqueNm",
                        "-5",
                        "design.fasteners[0].torqueNm",
                        """
                        insert into fastener (battery_id, ref, type, count, torque_nm)
                        select id, 'db-rule', 'BOLT', 1, -5 from battery where identifier = 'DEMO-LEAF-24-0001'"""),
                Arguments.of(
                        "identifier with spaces",
                        "id",
                        "\"A B C\"",
                        "id",
                        BATTERY.formatted("'EV'", "10", "40", "60")
                                .replace("'DB-RULE-TEST'", "'A B C'")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rules")
    void refusesTheValueAtTheApiAndInTheDatabase(
            String rule, String path, String badValue, String field, String insert) {
        ObjectNode document =
                json.valueToTree(TestPassports.small("RULE-" + Math.abs(rule.hashCode())));
        set(document, path, json.readTree(badValue));

        MvcTestResult result =
                mvc.post()
                        .uri("/api/v1/batteries")
                        .with(httpBasic("oem1", "demo"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(json.writeValueAsString(document))
                        .exchange();

        assertThat(result.getResponse().getStatus()).as(rule).isIn(400, 422);
        JsonNode errors = json.readTree(body(result)).get("errors");
        assertThat(errors).as(rule).extracting(e -> e.get("field").asString()).contains(field);
        assertThatThrownBy(
                        () ->
                                transactions.executeWithoutResult(
                                        status -> {
                                            status.setRollbackOnly();
                                            jdbc.sql(insert).update();
                                        }))
                .as(rule)
                .isInstanceOf(DataIntegrityViolationException.class)
                .satisfies(
                        e ->
                                assertThat(
                                                ((DataIntegrityViolationException) e)
                                                        .getMostSpecificCause())
                                        .hasMessageContaining("violates check constraint"));
    }

    /** Sets {@code a.b[0].c} in a JSON tree. */
    private static void set(ObjectNode root, String path, JsonNode value) {
        String[] parts = path.split("\\.");
        JsonNode node = root;
        for (int i = 0; i < parts.length - 1; i++) {
            node = step(node, parts[i]);
        }
        String last = parts[parts.length - 1];
        ((ObjectNode) node).set(last, value);
    }

    private static JsonNode step(JsonNode node, String part) {
        int bracket = part.indexOf('[');
        if (bracket < 0) {
            return node.get(part);
        }
        int index = Integer.parseInt(part.substring(bracket + 1, part.length() - 1));
        return node.get(part.substring(0, bracket)).get(index);
    }

    private static String body(MvcTestResult result) {
        try {
            return result.getResponse().getContentAsString();
        } catch (java.io.UnsupportedEncodingException e) {
            throw new IllegalStateException(e);
        }
    }
}
