package eu.dbp.access;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Machine clients authenticate with an opaque API token, {@code dbp_mc_} plus 32 random bytes. Only
 * its SHA-256 is stored; rotating or revoking replaces or clears it at once for every instance.
 */
@Component
class MachineClients {

    static final String PREFIX = "dbp_mc_";
    private static final SecureRandom RANDOM = new SecureRandom();

    private final JdbcClient jdbc;
    private final RolePermissions rolePermissions;

    MachineClients(JdbcClient jdbc, RolePermissions rolePermissions) {
        this.jdbc = jdbc;
        this.rolePermissions = rolePermissions;
    }

    Optional<Caller> authenticate(String token) {
        return jdbc.sql(
                        """
                select c.name, o.code from machine_client c
                join organisation o on o.id = c.organisation_id
                where c.token_hash = :hash and c.revoked_at is null""")
                .param("hash", hash(token))
                .query(
                        (rs, n) ->
                                new Caller(
                                        rs.getString(1),
                                        rs.getString(2),
                                        Caller.Kind.MACHINE,
                                        Set.of("MACHINE"),
                                        rolePermissions.of(Set.of("MACHINE"))))
                .optional();
    }

    /** Gives the client a new token, replacing any earlier one; returns the token once. */
    String rotate(String name) {
        String token = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes());
        int updated =
                jdbc.sql(
                                """
                update machine_client set token_hash = :hash, token_issued_at = now(),
                    revoked_at = null
                where name = :name""")
                        .param("hash", hash(token))
                        .param("name", name)
                        .update();
        if (updated == 0) {
            throw new eu.dbp.platform.NotFoundException("machine client", name);
        }
        return token;
    }

    boolean revoke(String name) {
        return jdbc.sql(
                                """
                update machine_client set token_hash = null, revoked_at = now()
                where name = :name and revoked_at is null""")
                        .param("name", name)
                        .update()
                > 0;
    }

    static String hash(String token) {
        try {
            return HexFormat.of()
                    .formatHex(
                            MessageDigest.getInstance("SHA-256")
                                    .digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static byte[] bytes() {
        byte[] out = new byte[32];
        RANDOM.nextBytes(out);
        return out;
    }
}
