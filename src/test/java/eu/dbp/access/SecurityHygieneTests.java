package eu.dbp.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;

import com.nimbusds.jose.jwk.source.ImmutableSecret;
import eu.dbp.IntegrationTest;
import eu.dbp.platform.Organisations;
import jakarta.servlet.http.Cookie;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.oauth2.jose.jws.MacAlgorithm;
import org.springframework.security.oauth2.jwt.JwsHeader;
import org.springframework.security.oauth2.jwt.JwtClaimsSet;
import org.springframework.security.oauth2.jwt.JwtEncoderParameters;
import org.springframework.security.oauth2.jwt.NimbusJwtEncoder;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import tools.jackson.databind.json.JsonMapper;

@IntegrationTest
@ExtendWith(OutputCaptureExtension.class)
class SecurityHygieneTests {

    private static final String GRANT =
            """
            {"organisation":"test-grantee","purpose":"REPAIR","manufacturer":"oem1",
             "expiresAt":"2099-01-01T00:00:00Z"}""";

    @Autowired MockMvcTester mvc;

    @Autowired JdbcClient jdbc;

    @Autowired JsonMapper json;

    @Autowired AccessAdministration admin;

    @Autowired SigningKey signingKey;

    @BeforeEach
    void demoAccounts(@Autowired Organisations organisations) {
        DemoAccess.load(organisations, admin);
    }

    @Test
    void everyAnswerCarriesTheStandardSecurityHeaders() {
        var result = mvc.get().uri("/api/v1/access/tiers").exchange();

        assertThat(result)
                .hasStatusOk()
                .hasHeader("X-Content-Type-Options", "nosniff")
                .hasHeader("X-Frame-Options", "DENY")
                .hasHeader("Referrer-Policy", "strict-origin-when-cross-origin");
        assertThat(result.getResponse().getHeader("Content-Security-Policy"))
                .contains("default-src 'self'")
                .contains("frame-ancestors 'none'");
        assertThat(result.getResponse().getHeader("Cache-Control")).contains("no-store");
        assertThat(result.getResponse().getHeader("X-Request-Id")).isNotBlank();
    }

    @Test
    void browserSessionIsKeptInPostgresAndItsWritesNeedACsrfToken() {
        Cookie session = formLogin("oem1");
        assertThat(
                        jdbc.sql(
                                        "select count(*) from spring_session where principal_name = 'oem1'")
                                .query(Long.class)
                                .single())
                .isPositive();

        assertThat(mvc.get().uri("/api/v1/access/me").cookie(session))
                .hasStatusOk()
                .bodyJson()
                .extractingPath("$.name")
                .isEqualTo("oem1");
        assertThat(
                        mvc.post()
                                .uri("/api/v1/access/grants")
                                .cookie(session)
                                .contentType("application/json")
                                .content(GRANT))
                .hasStatus(403);
        assertThat(
                        mvc.post()
                                .uri("/api/v1/access/grants")
                                .cookie(session)
                                .with(csrf())
                                .contentType("application/json")
                                .content(GRANT))
                .hasStatus(201);
    }

    @Test
    void statelessApiCallsNeedNoCsrfTokenButFormShapedBasicPostsDo() {
        // A form-shaped POST is refused before its Basic credentials are even read.
        assertThat(
                        mvc.post()
                                .uri("/api/v1/access/grants")
                                .with(httpBasic("oem1", DemoAccess.PASSWORD))
                                .contentType("application/json")
                                .content(GRANT))
                .hasStatus(201);
        assertThat(
                        mvc.post()
                                .uri("/api/v1/access/grants")
                                .with(httpBasic("oem1", DemoAccess.PASSWORD))
                                .contentType("text/plain")
                                .content(GRANT))
                .hasStatus(401);
    }

    @Test
    void issuedTokenAuthenticatesUntilItExpires() throws Exception {
        MvcResult issued =
                mvc.post()
                        .uri("/api/v1/auth/token")
                        .with(httpBasic("recycler", DemoAccess.PASSWORD))
                        .exchange()
                        .getMvcResult();
        var body = json.readTree(issued.getResponse().getContentAsString());
        String token = body.get("access_token").asString();
        assertThat(body.get("expires_in").asLong()).isBetween(1L, 3600L);
        assertThat(issued.getResponse().getHeader("Cache-Control")).contains("no-store");

        assertThat(mvc.get().uri("/api/v1/access/me").header("Authorization", "Bearer " + token))
                .hasStatusOk()
                .bodyJson()
                .extractingPath("$.organisation")
                .isEqualTo("recycler");
        assertThat(
                        mvc.get()
                                .uri("/api/v1/access/me")
                                .header("Authorization", "Bearer " + expiredToken("recycler")))
                .hasStatus(401);
        assertThat(
                        mvc.get()
                                .uri("/api/v1/access/me")
                                .header(
                                        "Authorization",
                                        "Bearer " + token.substring(0, token.length() - 2) + "xx"))
                .hasStatus(401);
    }

    @Test
    void bearerTokenCannotBeExchangedForAFreshOne() throws Exception {
        String token =
                json.readTree(
                                mvc.post()
                                        .uri("/api/v1/auth/token")
                                        .with(httpBasic("oem2", DemoAccess.PASSWORD))
                                        .exchange()
                                        .getMvcResult()
                                        .getResponse()
                                        .getContentAsString())
                        .get("access_token")
                        .asString();

        assertThat(mvc.post().uri("/api/v1/auth/token").header("Authorization", "Bearer " + token))
                .hasStatus(403);
    }

    @Test
    void revokedMachineTokenIsRefusedAtOnce() {
        String name = "gw-" + UUID.randomUUID().toString().substring(0, 8);
        String token = admin.ensureMachineClient(name, "oem1", List.of(DemoAccess.LEAF));
        assertThat(mvc.get().uri("/api/v1/access/me").header("Authorization", "Bearer " + token))
                .hasStatusOk()
                .bodyJson()
                .extractingPath("$.kind")
                .isEqualTo("MACHINE");

        assertThat(
                        mvc.delete()
                                .uri("/api/v1/access/machine-clients/{name}/token", name)
                                .with(httpBasic("admin", DemoAccess.PASSWORD)))
                .hasStatus(204);

        assertThat(mvc.get().uri("/api/v1/access/me").header("Authorization", "Bearer " + token))
                .hasStatus(401);
    }

    @Test
    void repeatedFailedLoginsLockTheNameEvenForTheRightPassword() {
        String name = "victim-" + UUID.randomUUID().toString().substring(0, 8);
        admin.ensureAccount(name, "right-password", "repairer", "REPAIRER");

        for (int i = 0; i < 5; i++) {
            assertThat(mvc.get().uri("/api/v1/access/me").with(httpBasic(name, "guess-" + i)))
                    .hasStatus(401);
        }

        assertThat(mvc.get().uri("/api/v1/access/me").with(httpBasic(name, "right-password")))
                .hasStatus(401);
        Instant lockedUntil =
                jdbc.sql("select locked_until from login_throttle where username = :u")
                        .param("u", name)
                        .query(Instant.class)
                        .single();
        assertThat(lockedUntil).isAfter(Instant.now());
        assertThat(
                        jdbc.sql(
                                        """
                select count(*) from access_log where principal = :u and outcome = 'LOCKED'""")
                                .param("u", name)
                                .query(Long.class)
                                .single())
                .isEqualTo(1);
    }

    @Test
    void passwordsAndTokensAppearInNoLogNoAnswerAndNoRecord(CapturedOutput output)
            throws Exception {
        String password = "Pw-" + UUID.randomUUID();
        String name = "hygiene-" + UUID.randomUUID().toString().substring(0, 8);
        admin.ensureAccount(name, password, "recycler", "RECYCLER");
        mvc.get().uri("/api/v1/access/me").with(httpBasic(name, "wrong-" + password)).exchange();
        var token =
                mvc.post()
                        .uri("/api/v1/auth/token")
                        .with(httpBasic(name, password))
                        .exchange()
                        .getMvcResult()
                        .getResponse()
                        .getContentAsString();
        String accessToken = json.readTree(token).get("access_token").asString();
        String me =
                mvc.get()
                        .uri("/api/v1/access/me")
                        .header("Authorization", "Bearer " + accessToken)
                        .exchange()
                        .getMvcResult()
                        .getResponse()
                        .getContentAsString();

        assertThat(output.getAll()).doesNotContain(password).doesNotContain(accessToken);
        assertThat(me).doesNotContain(password).doesNotContain("bcrypt");
        String records =
                jdbc.sql(
                                        """
                select coalesce(string_agg(coalesce(after_state::text, '') || request_id, ' '), '')
                from audit_log""")
                                .query(String.class)
                                .single()
                        + jdbc.sql(
                                        "select coalesce(string_agg(coalesce(detail, ''), ' '), '') from access_log")
                                .query(String.class)
                                .single();
        assertThat(records)
                .doesNotContain(password)
                .doesNotContain(accessToken)
                .doesNotContain("{bcrypt}")
                .doesNotContain(DemoAccess.bmsToken());
    }

    private Cookie formLogin(String user) {
        var login =
                mvc.post()
                        .uri("/login")
                        .with(csrf())
                        .param("username", user)
                        .param("password", DemoAccess.PASSWORD)
                        .exchange();
        assertThat(login.getResponse().getStatus()).isEqualTo(302);
        Cookie session = login.getResponse().getCookie("SESSION");
        assertThat(session).as("session cookie").isNotNull();
        assertThat(session.isHttpOnly()).isTrue();
        return session;
    }

    private String expiredToken(String user) {
        Instant past = Instant.now().minusSeconds(3600);
        JwtClaimsSet claims =
                JwtClaimsSet.builder()
                        .issuer(Tokens.ISSUER)
                        .subject(user)
                        .issuedAt(past.minusSeconds(900))
                        .expiresAt(past)
                        .claim("org", user)
                        .claim("roles", List.of("RECYCLER"))
                        .build();
        return new NimbusJwtEncoder(new ImmutableSecret<>(signingKey.key()))
                .encode(
                        JwtEncoderParameters.from(
                                JwsHeader.with(MacAlgorithm.HS256).build(), claims))
                .getTokenValue();
    }
}
