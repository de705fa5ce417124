package eu.dbp.access;

import java.util.Collection;
import java.util.HashSet;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Resolves roles to permissions from the {@code role_permission} table. */
@Component
class RolePermissions {

    private final JdbcClient jdbc;

    RolePermissions(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Set<String> of(Collection<String> roles) {
        if (roles.isEmpty()) {
            return Set.of();
        }
        return new HashSet<>(jdbc.sql("""
                select distinct permission_code from role_permission
                where role_code in (:roles)""")
                .param("roles", roles)
                .query(String.class)
                .list());
    }

    /** The roles among {@code candidates} that exist, compared case-insensitively. */
    Set<String> known(Collection<String> candidates) {
        if (candidates.isEmpty()) {
            return Set.of();
        }
        return new HashSet<>(jdbc.sql("select code from role where code in (:codes)")
                .param("codes", candidates.stream().map(String::toUpperCase).toList())
                .query(String.class)
                .list());
    }
}
