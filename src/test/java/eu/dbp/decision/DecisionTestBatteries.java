package eu.dbp.decision;

import org.springframework.jdbc.core.simple.JdbcClient;

/** Bare battery rows of the decision tests' own, written straight into the passport table. */
final class DecisionTestBatteries {

    private DecisionTestBatteries() {}

    static long create(JdbcClient jdbc, String identifier) {
        jdbc.sql(
                        """
                insert into organisation (code, name, kind) values ('decision-test', 'Decision tests', 'MANUFACTURER')
                on conflict (code) do nothing""")
                .update();
        jdbc.sql(
                        """
                insert into battery (identifier, model, category, chemistry, manufacturer_org_id,
                    responsible_org_id, manufacturing_place, manufacturing_date, mass_kg,
                    rated_capacity_ah, rated_energy_kwh, min_voltage_v, nominal_voltage_v,
                    max_voltage_v, extinguishing_agent)
                select :id, 'Decision test pack', 'EV', 'NMC712', o.id, o.id, 'Test bench',
                       date '2021-01-01', 490, 234, 82, 264, 352, 403, 'Water'
                from organisation o where o.code = 'decision-test'
                on conflict (identifier) do nothing""")
                .param("id", identifier)
                .update();
        return jdbc.sql("select id from battery where identifier = ?")
                .param(identifier)
                .query(Long.class)
                .single();
    }
}
