package eu.dbp.access;

import java.util.Optional;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;

/** Loads built-in accounts with their organisation, roles and permissions in one query. */
@Component
class AccountDirectory implements UserDetailsService {

    private final JdbcClient jdbc;
    private final RolePermissions rolePermissions;

    AccountDirectory(JdbcClient jdbc, RolePermissions rolePermissions) {
        this.jdbc = jdbc;
        this.rolePermissions = rolePermissions;
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        return find(username).orElseThrow(() -> new UsernameNotFoundException("unknown account"));
    }

    Optional<AccountUser> find(String username) {
        record Row(
                String username,
                String passwordHash,
                boolean enabled,
                String organisation,
                String[] roles) {}
        return jdbc.sql(
                        """
                select a.username, a.password_hash, a.enabled, o.code as organisation,
                       array(select r.role_code from account_role r
                             where r.account_id = a.id order by 1) as roles
                from account a join organisation o on o.id = a.organisation_id
                where a.username = :username""")
                .param("username", username == null ? "" : username.toLowerCase())
                .query(
                        (rs, n) ->
                                new Row(
                                        rs.getString(1),
                                        rs.getString(2),
                                        rs.getBoolean(3),
                                        rs.getString(4),
                                        (String[]) rs.getArray(5).getArray()))
                .optional()
                .map(
                        row -> {
                            Set<String> roles = Set.of(row.roles());
                            Caller caller =
                                    new Caller(
                                            row.username(),
                                            row.organisation(),
                                            Caller.Kind.PERSON,
                                            roles,
                                            rolePermissions.of(roles));
                            return new AccountUser(caller, row.passwordHash(), row.enabled());
                        });
    }
}
