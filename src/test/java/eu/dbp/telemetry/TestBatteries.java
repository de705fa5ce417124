package eu.dbp.telemetry;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Batteries of the telemetry tests' own, so that their readings never meet the demo packs'. Written
 * straight into the passport tables: the tests need a battery row, not a passport. They belong to
 * {@code oem1}, so that the demo account {@code oem1} may write their readings.
 */
final class TestBatteries {

    private TestBatteries() {}

    /** Creates the battery if it does not exist yet and returns its key. */
    static long create(JdbcClient jdbc, String identifier) {
        jdbc.sql(
                        """
                insert into organisation (code, name, kind) values ('oem1', 'Demo OEM One', 'MANUFACTURER')
                on conflict (code) do nothing
                """)
                .update();
        jdbc.sql(
                        """
                insert into battery (identifier, model, category, chemistry, manufacturer_org_id,
                    responsible_org_id, manufacturing_place, manufacturing_date, mass_kg,
                    rated_capacity_ah, rated_energy_kwh, min_voltage_v, nominal_voltage_v,
                    max_voltage_v, extinguishing_agent)
                select :id, 'Telemetry test pack', 'EV', 'NMC712', o.id, o.id, 'Test bench',
                       date '2022-01-01', 500, 234, 82, 300, 352, 403, 'Water'
                from organisation o where o.code = 'oem1'
                on conflict (identifier) do nothing
                """)
                .param("id", identifier)
                .update();
        return jdbc.sql("select id from battery where identifier = ?")
                .param(identifier)
                .query(Long.class)
                .single();
    }
}
