package eu.dbp.access;

import java.io.Serializable;
import java.util.Set;

/**
 * Who is calling, as the access rules see it: a person's account, a machine client, or nobody.
 *
 * @param name account or machine-client name; {@code anonymous} for nobody
 * @param organisation code of the organisation the caller acts for; {@code null} if anonymous
 * @param kind what sort of caller this is
 * @param roles role codes held
 * @param permissions permission codes granted by those roles
 */
record Caller(
        String name, String organisation, Kind kind, Set<String> roles, Set<String> permissions)
        implements Serializable {

    static final Caller ANONYMOUS =
            new Caller("anonymous", null, Kind.ANONYMOUS, Set.of(), Set.of());

    Caller {
        roles = Set.copyOf(roles);
        permissions = Set.copyOf(permissions);
    }

    enum Kind {
        ANONYMOUS,
        PERSON,
        MACHINE
    }

    boolean anonymous() {
        return kind == Kind.ANONYMOUS;
    }

    boolean machine() {
        return kind == Kind.MACHINE;
    }

    boolean may(String permission) {
        return permissions.contains(permission);
    }
}
