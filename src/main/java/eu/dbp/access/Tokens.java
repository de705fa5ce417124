package eu.dbp.access;

import com.nimbusds.jose.jwk.source.ImmutableSecret;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.security.oauth2.jose.jws.MacAlgorithm;
import org.springframework.security.oauth2.jwt.JwsHeader;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtClaimsSet;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtEncoderParameters;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.jwt.NimbusJwtEncoder;
import org.springframework.stereotype.Component;

/** Issues and checks the API's own short-lived bearer tokens (HS256 JWTs). */
@Component
class Tokens {

    static final String ISSUER = "dbp";

    private final NimbusJwtEncoder encoder;
    private final JwtDecoder decoder;
    private final SecurityProperties properties;

    Tokens(SigningKey key, SecurityProperties properties) {
        this.encoder = new NimbusJwtEncoder(new ImmutableSecret<>(key.key()));
        NimbusJwtDecoder nimbus =
                NimbusJwtDecoder.withSecretKey(key.key()).macAlgorithm(MacAlgorithm.HS256).build();
        nimbus.setJwtValidator(
                org.springframework.security.oauth2.jwt.JwtValidators.createDefaultWithIssuer(
                        ISSUER));
        this.decoder = nimbus;
        this.properties = properties;
    }

    /** A signed token for the caller, valid for {@code dbp.security.token-ttl}. */
    IssuedToken issue(Caller caller) {
        Instant now = Instant.now();
        Instant expires = now.plus(properties.tokenTtl());
        JwtClaimsSet claims =
                JwtClaimsSet.builder()
                        .issuer(ISSUER)
                        .subject(caller.name())
                        .id(UUID.randomUUID().toString())
                        .issuedAt(now)
                        .expiresAt(expires)
                        .claim("org", caller.organisation())
                        .claim("roles", List.copyOf(caller.roles()))
                        .build();
        JwsHeader header = JwsHeader.with(MacAlgorithm.HS256).build();
        String value = encoder.encode(JwtEncoderParameters.from(header, claims)).getTokenValue();
        return new IssuedToken(value, "Bearer", properties.tokenTtl().toSeconds(), expires);
    }

    Jwt decode(String token) {
        return decoder.decode(token);
    }

    /** The body of {@code POST /api/v1/auth/token}, in the shape of RFC 6749 section 5.1. */
    record IssuedToken(
            @com.fasterxml.jackson.annotation.JsonProperty("access_token") String accessToken,
            @com.fasterxml.jackson.annotation.JsonProperty("token_type") String tokenType,
            @com.fasterxml.jackson.annotation.JsonProperty("expires_in") long expiresIn,
            @com.fasterxml.jackson.annotation.JsonProperty("expires_at") Instant expiresAt) {}
}
