package eu.dbp.access;

import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Resolves roles to permissions from the {@code role} and {@code role_permission} tables. Both are
 * schema data, changed by migrations only, so every instance reads them once and holds them:
 * authenticating a request asks no query of its own.
 */
@Component
class RolePermissions {

    private final JdbcClient jdbc;
    private volatile Map<String, Set<String>> permissionsByRole;

    RolePermissions(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Set<String> of(Collection<String> roles) {
        Map<String, Set<String>> table = table();
        Set<String> permissions = new HashSet<>();
        roles.forEach(role -> permissions.addAll(table.getOrDefault(role, Set.of())));
        return permissions;
    }

    /** The roles among {@code candidates} that exist, compared case-insensitively. */
    Set<String> known(Collection<String> candidates) {
        Map<String, Set<String>> table = table();
        Set<String> known = new HashSet<>();
        candidates.stream()
                .map(c -> c.toUpperCase(Locale.ROOT))
                .filter(table::containsKey)
                .forEach(known::add);
        return known;
    }

    private Map<String, Set<String>> table() {
        Map<String, Set<String>> table = permissionsByRole;
        if (table == null) {
            Map<String, Set<String>> read = new HashMap<>();
            jdbc.sql("select code from role")
                    .query(String.class)
                    .list()
                    .forEach(role -> read.put(role, new HashSet<>()));
            jdbc.sql("select role_code, permission_code from role_permission")
                    .query((rs, n) -> read.get(rs.getString(1)).add(rs.getString(2)))
                    .list();
            read.replaceAll((role, permissions) -> Set.copyOf(permissions));
            table = Map.copyOf(read);
            permissionsByRole = table;
        }
        return table;
    }
}
