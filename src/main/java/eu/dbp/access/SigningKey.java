package eu.dbp.access;

import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The HMAC key that signs and checks bearer tokens. Every instance must use the same key, so it
 * comes from configuration ({@code dbp.security.token-secret}) or, when none is set, from the
 * database, where the first instance to start creates it.
 */
@Component
class SigningKey {

    private static final String NAME = "api-token";

    private final SecretKey key;

    SigningKey(JdbcClient jdbc, SecurityProperties properties) {
        this.key = new SecretKeySpec(secret(jdbc, properties), "HmacSHA256");
    }

    SecretKey key() {
        return key;
    }

    private static byte[] secret(JdbcClient jdbc, SecurityProperties properties) {
        String configured = properties.tokenSecret();
        if (configured != null && !configured.isBlank()) {
            byte[] bytes = Base64.getDecoder().decode(configured.trim());
            if (bytes.length < 32) {
                throw new IllegalStateException(
                        "dbp.security.token-secret must decode to at "
                                + "least 32 bytes, got "
                                + bytes.length);
            }
            return bytes;
        }
        byte[] fresh = new byte[32];
        new SecureRandom().nextBytes(fresh);
        jdbc.sql("insert into signing_key (name, secret) values (:n, :s) on conflict do nothing")
                .param("n", NAME)
                .param("s", fresh)
                .update();
        return jdbc.sql("select secret from signing_key where name = :n")
                .param("n", NAME)
                .query(byte[].class)
                .single();
    }
}
