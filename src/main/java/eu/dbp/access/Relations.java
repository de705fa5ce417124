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
        return jdbc.sql(
                        """
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

    /**
     * The organisation's active grants over a set of batteries, in one query: for each battery,
     * whether any grant covers it (by battery, or by its manufacturer).
     */
    java.util.Set<String> batteriesWithActiveGrant(
            String organisation, java.util.Map<String, String> manufacturers) {
        java.util.Set<String> covered = new java.util.HashSet<>();
        if (organisation == null || manufacturers.isEmpty()) {
            return covered;
        }
        jdbc.sql(
                        """
                select m.code as manufacturer, b.battery_identifier
                from legitimate_interest_grant g
                join organisation o on o.id = g.organisation_id
                left join organisation m on m.id = g.manufacturer_id
                left join legitimate_interest_battery b on b.grant_id = g.id
                    and b.battery_identifier in (:batteries)
                where o.code = :organisation and g.revoked_at is null and g.expires_at > now()
                  and (m.code is not null or b.battery_identifier is not null)""")
                .param("organisation", organisation)
                .param("batteries", manufacturers.keySet())
                .query(
                        (rs, n) -> {
                            String battery = rs.getString("battery_identifier");
                            String manufacturer = rs.getString("manufacturer");
                            if (battery != null) {
                                covered.add(battery);
                            }
                            if (manufacturer != null) {
                                manufacturers.forEach(
                                        (id, maker) -> {
                                            if (manufacturer.equals(maker)) {
                                                covered.add(id);
                                            }
                                        });
                            }
                            return null;
                        })
                .list();
        return covered;
    }

    /**
     * The batteries among {@code grantorsByBattery} on which one of their grantors has authorised
     * the organisation in writing, in one query.
     */
    java.util.Set<String> batteriesAuthorised(
            String organisation, java.util.Map<String, List<String>> grantorsByBattery) {
        java.util.Set<String> authorised = new java.util.HashSet<>();
        if (organisation == null || grantorsByBattery.isEmpty()) {
            return authorised;
        }
        record Authorisation(String grantor, String battery) {}
        List<Authorisation> active =
                jdbc.sql(
                                """
                select gr.code as grantor, x.battery_identifier
                from operator_authorisation a
                join organisation op on op.id = a.operator_id
                join organisation gr on gr.id = a.grantor_id
                left join operator_authorisation_battery x on x.authorisation_id = a.id
                where op.code = :organisation and a.revoked_at is null and a.valid_from <= now()
                  and (a.valid_until is null or a.valid_until > now())""")
                        .param("organisation", organisation)
                        .query(
                                (rs, n) ->
                                        new Authorisation(
                                                rs.getString("grantor"),
                                                rs.getString("battery_identifier")))
                        .list();
        grantorsByBattery.forEach(
                (battery, grantors) -> {
                    boolean covered =
                            active.stream()
                                    .anyMatch(
                                            a ->
                                                    grantors.contains(a.grantor())
                                                            && (a.battery() == null
                                                                    || a.battery()
                                                                            .equals(battery)));
                    if (covered) {
                        authorised.add(battery);
                    }
                });
        return authorised;
    }

    boolean purposeAllows(Collection<String> purposes, Stage stage) {
        if (purposes.isEmpty()) {
            return false;
        }
        return jdbc.sql(
                        """
                select exists (select 1 from purpose_stage
                               where purpose in (:purposes) and stage = :stage)""")
                .param("purposes", purposes)
                .param("stage", stage.name())
                .query(Boolean.class)
                .single();
    }

    /**
     * Whether one of {@code grantors} has authorised the organisation in writing to act for it on
     * this battery (Art. 77(4)); an authorisation without listed batteries covers all.
     */
    boolean authorised(String organisation, String battery, Collection<String> grantors) {
        return jdbc.sql(
                        """
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
        return jdbc.sql(
                        """
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
