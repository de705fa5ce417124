package eu.dbp.platform;

import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The directory of organisations, a shared kernel: passports name their owners here and access
 * hangs accounts and grants on them.
 */
@Service
public class Organisations {

    private final JdbcClient jdbc;

    Organisations(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    private static final String SELECT =
            "select id, code, name, kind, postal_address, web_address, email from organisation";

    public Optional<Organisation> byCode(String code) {
        return jdbc.sql(SELECT + " where code = :code")
                .param("code", code)
                .query(Organisations::map)
                .optional();
    }

    public Organisation require(String code) {
        return byCode(code).orElseThrow(() -> new NotFoundException("organisation", code));
    }

    public List<Organisation> all() {
        return jdbc.sql(SELECT + " order by code").query(Organisations::map).list();
    }

    /** Creates the organisation unless one with that code exists; returns it either way. */
    @Transactional
    public Organisation ensure(String code, String name, OrganisationKind kind) {
        return ensure(code, name, kind, null, null, null);
    }

    /** As {@link #ensure(String, String, OrganisationKind)}, with the label's contact details. */
    @Transactional
    public Organisation ensure(
            String code,
            String name,
            OrganisationKind kind,
            String postalAddress,
            String webAddress,
            String email) {
        jdbc.sql(
                        """
                insert into organisation (code, name, kind, postal_address, web_address, email)
                values (:code, :name, :kind, :postal, :web, :email)
                on conflict (code) do nothing""")
                .param("code", code)
                .param("name", name)
                .param("kind", kind.name())
                .param("postal", postalAddress)
                .param("web", webAddress)
                .param("email", email)
                .update();
        return require(code);
    }

    private static Organisation map(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
        return new Organisation(
                rs.getLong("id"),
                rs.getString("code"),
                rs.getString("name"),
                OrganisationKind.valueOf(rs.getString("kind")),
                rs.getString("postal_address"),
                rs.getString("web_address"),
                rs.getString("email"));
    }
}
