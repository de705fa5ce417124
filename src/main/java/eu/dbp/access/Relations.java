package eu.dbp.access;

import java.util.Collection;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** What ties an organisation to a battery it does not own: grants, authorisations, bindings. */
@Component
class Relations {

    private final JdbcClient jdbc;

    Relations(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Purposes of the organisation's unexpired, unrevoked grants that cover the battery. */
    List<String> activePurposes(String organisation, String battery, String manufacturer) {
        return jdbc.sql("""
                select distinct g.purpose
                from legitimate_interest_grant g
                join organisation o on o.id = g.organisation_id
                left join organisation m on m.id = g.manufacturer_id
                where o.code = :organisation and g.revoked_at is null and g.expires_at > now()
                  and (m.code = :manufacturer
                       or exists (select 1 from legitimate_interest_battery b
                                  where b.grant_id = g.id and b.battery_identifier = :battery))""")
                .param("organisation", organisation)
                .param("battery", battery)
                .param("manufacturer", manufacturer)
                .query(String.class)
                .list();
    }

    boolean purposeAllows(Collection<String> purposes, Stage stage) {
        if (purposes.isEmpty()) {
            return false;
        }
        return jdbc.sql("""
                select exists (select 1 from purpose_stage
                               where purpose in (:purposes) and stage = :stage)""")
                .param("purposes", purposes)
                .param("stage", stage.name())
                .query(Boolean.class)
                .single();
    }

    /**
     * Whether one of {@code grantors} has authorised the organisation in writing to act for it
     * on this battery (Art. 77(4)); an authorisation without listed batteries covers all.
     */
    boolean authorised(String organisation, String battery, Collection<String> grantors) {
        return jdbc.sql("""
                select exists (
                    select 1 from operator_authorisation a
                    join organisation op on op.id = a.operator_id
                    join organisation gr on gr.id = a.grantor_id
                    where op.code = :organisation and gr.code in (:grantors)
                      and a.revoked_at is null and a.valid_from <= now()
                      and (a.valid_until is null or a.valid_until > now())
                      and (not exists (select 1 from operator_authorisation_battery x
                                       where x.authorisation_id = a.id)
                           or exists (select 1 from operator_authorisation_battery x
                                      where x.authorisation_id = a.id
                                        and x.battery_identifier = :battery)))""")
                .param("organisation", organisation)
                .param("grantors", grantors)
                .param("battery", battery)
                .query(Boolean.class)
                .single();
    }

    boolean machineFeeds(String client, String battery) {
        return jdbc.sql("""
                select exists (
                    select 1 from machine_client c
                    join machine_client_battery b on b.machine_client_id = c.id
                    where c.name = :client and c.revoked_at is null
                      and b.battery_identifier = :battery)""")
                .param("client", client)
                .param("battery", battery)
                .query(Boolean.class)
                .single();
    }
}
