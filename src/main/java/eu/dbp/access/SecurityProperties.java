package eu.dbp.access;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Security settings under {@code dbp.security}.
 *
 * @param tokenTtl lifetime of bearer tokens from {@code POST /api/v1/auth/token}
 * @param tokenSecret base64 HMAC key (at least 32 bytes) shared by all instances; when blank the
 *     key is created once in the database and shared from there
 * @param login failed-login throttling
 * @param oidc optional external OpenID Connect provider
 */
@ConfigurationProperties("dbp.security")
record SecurityProperties(
        @DefaultValue("15m") Duration tokenTtl,
        String tokenSecret,
        @DefaultValue Login login,
        @DefaultValue Oidc oidc) {

    /**
     * @param maxFailures failures in a row before a name is locked
     * @param lockout first lock period; it doubles with each further failure
     * @param maxLockout longest lock period
     */
    record Login(
            @DefaultValue("5") int maxFailures,
            @DefaultValue("30s") Duration lockout,
            @DefaultValue("15m") Duration maxLockout) {}

    /**
     * @param issuerUri issuer of the external provider; blank disables it
     * @param organisationClaim claim naming the organisation code
     * @param rolesClaim claim listing role codes (case-insensitive)
     * @param usernameClaim claim naming the user
     */
    record Oidc(
            String issuerUri,
            @DefaultValue("org") String organisationClaim,
            @DefaultValue("roles") String rolesClaim,
            @DefaultValue("preferred_username") String usernameClaim) {

        boolean enabled() {
            return issuerUri != null && !issuerUri.isBlank();
        }
    }
}
