package eu.dbp.access;

import jakarta.servlet.http.HttpServletRequest;
import java.util.LinkedHashMap;
import java.util.function.Supplier;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.Authentication;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.access.AccessDeniedHandlerImpl;
import org.springframework.security.web.access.RequestMatcherDelegatingAccessDeniedHandler;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;
import org.springframework.security.web.authentication.DelegatingAuthenticationEntryPoint;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * The one filter chain. Who may call what is declared here, by URL, once: public pages and
 * documents, the Annex XIII tier of whole sub-resources, the stage of every write, and the
 * permissions of the administrative endpoints. Response bodies are filtered by tier in {@link
 * TieredResponseAdvice}; the per-battery rules themselves live in {@link BatteryAccess}.
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
@EnableConfigurationProperties(SecurityProperties.class)
class SecurityConfiguration {

    static final String[] PUBLIC = {
        "/webjars/**",
        "/v3/api-docs/**",
        "/swagger-ui/**",
        "/swagger-ui.html",
        "/actuator/health/**",
        "/p/**",
        "/css/**",
        "/js/**",
        "/images/**",
        "/login",
        "/error",
        "/favicon.ico"
    };

    private static final String CSP =
            "default-src 'self'; img-src 'self' data:; "
                    + "style-src 'self' 'unsafe-inline'; script-src 'self'; object-src 'none'; "
                    + "base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    @Bean
    ThrottledAuthenticationProvider passwordLogin(
            AccountDirectory accounts,
            PasswordEncoder encoder,
            LoginThrottle throttle,
            AccessLog accessLog) {
        DaoAuthenticationProvider passwords = new DaoAuthenticationProvider(accounts);
        passwords.setPasswordEncoder(encoder);
        return new ThrottledAuthenticationProvider(passwords, throttle, accessLog);
    }

    @Bean
    SecurityFilterChain filterChain(
            HttpSecurity http,
            ThrottledAuthenticationProvider passwordLogin,
            BearerAuthentication bearer,
            RefusalHandlers refusals,
            BatteryAccess access,
            TierMap tiers)
            throws Exception {
        RequestMatcher api = PathPatternRequestMatcher.withDefaults().matcher("/api/**");
        http.authenticationManager(new ProviderManager(passwordLogin))
                .authorizeHttpRequests(
                        requests -> {
                            requests.requestMatchers(PUBLIC)
                                    .permitAll()
                                    .requestMatchers(HttpMethod.POST, "/api/v1/auth/token")
                                    .access(SecurityConfiguration::passwordAuthenticated)
                                    .requestMatchers("/api/v1/audit/verify")
                                    .hasAuthority("audit.verify")
                                    .requestMatchers(HttpMethod.GET, "/api/v1/access/tiers")
                                    .permitAll()
                                    .requestMatchers("/api/v1/access/machine-clients/**")
                                    .hasAuthority("access.admin")
                                    .requestMatchers(HttpMethod.POST, "/api/v1/access/grants/**")
                                    .hasAuthority("access.grant")
                                    .requestMatchers(HttpMethod.DELETE, "/api/v1/access/grants/**")
                                    .hasAuthority("access.grant")
                                    .requestMatchers(
                                            HttpMethod.POST, "/api/v1/access/authorisations/**")
                                    .hasAuthority("access.authorise")
                                    .requestMatchers(
                                            HttpMethod.DELETE, "/api/v1/access/authorisations/**")
                                    .hasAuthority("access.authorise")
                                    .requestMatchers("/api/v1/access/**")
                                    .authenticated()
                                    .requestMatchers(
                                            HttpMethod.GET,
                                            "/api/v1/batteries",
                                            "/api/v1/batteries/{id}",
                                            "/api/v1/batteries/{id}/document",
                                            "/api/v1/batteries/{id}/qr")
                                    .permitAll()
                                    .requestMatchers(
                                            HttpMethod.GET, "/api/v1/batteries/{id}/audit/**")
                                    .access((auth, ctx) -> decide(access.canReadAudit(id(ctx))))
                                    .requestMatchers(
                                            HttpMethod.GET, "/api/v1/batteries/{id}/{sub}/**")
                                    .access(
                                            (auth, ctx) ->
                                                    decide(
                                                            access.canRead(
                                                                    Callers.of(auth.get()),
                                                                    id(ctx),
                                                                    tiers.rootTier(
                                                                            ctx.getVariables()
                                                                                    .get("sub")))))
                                    .requestMatchers(
                                            HttpMethod.POST,
                                            "/api/v1/batteries",
                                            "/api/v1/batteries/import")
                                    .hasAuthority("battery.create");
                            for (WriteRules.Rule rule : WriteRules.RULES) {
                                for (HttpMethod method : WriteRules.WRITES) {
                                    requests.requestMatchers(method, rule.pattern())
                                            .access(
                                                    (auth, ctx) ->
                                                            decide(
                                                                    access.canWrite(
                                                                            Callers.of(auth.get()),
                                                                            id(ctx),
                                                                            rule.stage())));
                                }
                            }
                            requests.requestMatchers("/api/v1/batteries/**")
                                    .denyAll()
                                    .requestMatchers(HttpMethod.POST, "/api/v1/sox/import")
                                    .hasAuthority("battery.write.sox")
                                    .requestMatchers(HttpMethod.PUT, "/api/v1/decision/**")
                                    .hasRole("ADMIN")
                                    .requestMatchers("/api/v1/exports/**")
                                    .hasAnyRole("ADMIN", "AUTHORITY")
                                    .requestMatchers("/actuator/**")
                                    .hasAuthority("access.admin")
                                    .anyRequest()
                                    .authenticated();
                        })
                .httpBasic(basic -> basic.authenticationEntryPoint(refusals))
                .oauth2ResourceServer(
                        resource ->
                                resource.authenticationManagerResolver(request -> bearer)
                                        .authenticationEntryPoint(refusals)
                                        .accessDeniedHandler(refusals))
                .formLogin(
                        form ->
                                form.loginPage("/login")
                                        .defaultSuccessUrl("/batteries")
                                        .permitAll())
                .logout(logout -> logout.logoutSuccessUrl("/login?logout"))
                .csrf(csrf -> csrf.ignoringRequestMatchers(SecurityConfiguration::statelessApiCall))
                .exceptionHandling(
                        errors ->
                                errors.authenticationEntryPoint(entryPoint(api, refusals))
                                        .accessDeniedHandler(deniedHandler(api, refusals)))
                .headers(
                        headers ->
                                headers.contentSecurityPolicy(csp -> csp.policyDirectives(CSP))
                                        .referrerPolicy(
                                                referrer ->
                                                        referrer.policy(
                                                                ReferrerPolicy
                                                                        .STRICT_ORIGIN_WHEN_CROSS_ORIGIN))
                                        .frameOptions(frames -> frames.deny()));
        return http.build();
    }

    /**
     * A request that carries its own credentials in a way no browser adds by itself to a forged
     * cross-site request: a bearer token, or Basic credentials on a request a plain HTML form
     * cannot send (anything but a form-encoded or text POST). Such requests need no CSRF token;
     * everything that rides on the session cookie does. Issuing a token is harmless to forge, since
     * the forger cannot read the answer.
     */
    static boolean statelessApiCall(HttpServletRequest request) {
        String authorization = request.getHeader("Authorization");
        if (authorization == null) {
            return false;
        }
        if (authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return true;
        }
        if (!authorization.regionMatches(true, 0, "Basic ", 0, 6)) {
            return false;
        }
        if ("/api/v1/auth/token".equals(request.getRequestURI())) {
            return true;
        }
        String type = request.getContentType();
        boolean formPost =
                "POST".equals(request.getMethod())
                        && (type == null
                                || type.startsWith("application/x-www-form-urlencoded")
                                || type.startsWith("multipart/form-data")
                                || type.startsWith("text/plain"));
        return !formPost;
    }

    private static AuthorizationDecision passwordAuthenticated(
            Supplier<? extends Authentication> auth, RequestAuthorizationContext ctx) {
        return decide(auth.get() != null && auth.get().getPrincipal() instanceof AccountUser);
    }

    private static String id(RequestAuthorizationContext ctx) {
        return ctx.getVariables().get("id");
    }

    private static AuthorizationDecision decide(boolean granted) {
        return new AuthorizationDecision(granted);
    }

    private static AuthenticationEntryPoint entryPoint(
            RequestMatcher api, RefusalHandlers refusals) {
        LinkedHashMap<RequestMatcher, AuthenticationEntryPoint> points = new LinkedHashMap<>();
        points.put(api, refusals);
        DelegatingAuthenticationEntryPoint delegating =
                new DelegatingAuthenticationEntryPoint(points);
        delegating.setDefaultEntryPoint(new LoginUrlAuthenticationEntryPoint("/login"));
        return delegating;
    }

    private static AccessDeniedHandler deniedHandler(RequestMatcher api, RefusalHandlers refusals) {
        LinkedHashMap<RequestMatcher, AccessDeniedHandler> handlers = new LinkedHashMap<>();
        handlers.put(api, refusals);
        return new RequestMatcherDelegatingAccessDeniedHandler(
                handlers, new AccessDeniedHandlerImpl());
    }
}
