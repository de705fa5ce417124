package eu.dbp.access;

import com.nimbusds.jwt.JWTParser;
import eu.dbp.platform.Organisations;
import java.text.ParseException;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtDecoders;
import org.springframework.security.oauth2.jwt.JwtException;
import org.springframework.security.oauth2.server.resource.InvalidBearerTokenException;
import org.springframework.security.oauth2.server.resource.authentication.BearerTokenAuthenticationToken;
import org.springframework.stereotype.Component;

/**
 * Authenticates bearer tokens of three kinds: machine-client API tokens ({@code dbp_mc_...}), the
 * API's own JWTs, and, when an issuer is configured, JWTs of an external OpenID Connect provider
 * whose claims name the organisation and roles.
 */
@Component
class BearerAuthentication implements AuthenticationManager {

    private final Tokens tokens;
    private final MachineClients machines;
    private final RolePermissions rolePermissions;
    private final Organisations organisations;
    private final SecurityProperties.Oidc oidc;
    private volatile JwtDecoder external;

    BearerAuthentication(
            Tokens tokens,
            MachineClients machines,
            RolePermissions rolePermissions,
            Organisations organisations,
            SecurityProperties properties) {
        this.tokens = tokens;
        this.machines = machines;
        this.rolePermissions = rolePermissions;
        this.organisations = organisations;
        this.oidc = properties.oidc();
    }

    @Override
    public Authentication authenticate(Authentication authentication) {
        String token = ((BearerTokenAuthenticationToken) authentication).getToken();
        if (token.startsWith(MachineClients.PREFIX)) {
            return machines.authenticate(token)
                    .map(CallerAuthentication::new)
                    .orElseThrow(() -> new InvalidBearerTokenException("Unknown or revoked token"));
        }
        try {
            if (oidc.enabled() && oidc.issuerUri().equals(issuer(token))) {
                return new CallerAuthentication(fromExternal(externalDecoder().decode(token)));
            }
            return new CallerAuthentication(fromOwn(tokens.decode(token)));
        } catch (JwtException e) {
            throw new InvalidBearerTokenException("Invalid or expired token", e);
        }
    }

    private Caller fromOwn(Jwt jwt) {
        Set<String> roles = Set.copyOf(strings(jwt.getClaim("roles")));
        return new Caller(
                jwt.getSubject(),
                jwt.getClaimAsString("org"),
                Caller.Kind.PERSON,
                roles,
                rolePermissions.of(roles));
    }

    private Caller fromExternal(Jwt jwt) {
        String org = jwt.getClaimAsString(oidc.organisationClaim());
        if (org == null || organisations.byCode(org).isEmpty()) {
            throw new InvalidBearerTokenException("Token names no known organisation");
        }
        Set<String> roles = rolePermissions.known(strings(jwt.getClaim(oidc.rolesClaim())));
        String name = jwt.getClaimAsString(oidc.usernameClaim());
        return new Caller(
                name == null ? jwt.getSubject() : name,
                org,
                Caller.Kind.PERSON,
                roles,
                rolePermissions.of(roles));
    }

    private JwtDecoder externalDecoder() {
        if (external == null) {
            synchronized (this) {
                if (external == null) {
                    external = JwtDecoders.fromIssuerLocation(oidc.issuerUri());
                }
            }
        }
        return external;
    }

    private static String issuer(String token) {
        try {
            return JWTParser.parse(token).getJWTClaimsSet().getIssuer();
        } catch (ParseException e) {
            throw new InvalidBearerTokenException("Malformed token", e);
        }
    }

    private static List<String> strings(Object claim) {
        if (claim instanceof Collection<?> values) {
            return values.stream().map(String::valueOf).toList();
        }
        if (claim instanceof String text) {
            return List.of(text.split("[ ,]+"));
        }
        return List.of();
    }
}
