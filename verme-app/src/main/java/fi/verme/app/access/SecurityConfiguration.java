package fi.verme.app.access;

import com.fasterxml.jackson.databind.ObjectMapper;
import fi.verme.app.audit.RebuildingNotice;
import fi.verme.app.platform.Settings;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.Filter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.function.Supplier;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.InsufficientAuthenticationException;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.authentication.logout.LogoutSuccessHandler;
import org.springframework.security.web.context.DelegatingSecurityContextRepository;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.RequestAttributeSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.security.web.csrf.CsrfTokenRequestHandler;
import org.springframework.security.web.csrf.XorCsrfTokenRequestAttributeHandler;
import org.springframework.security.web.firewall.HttpFirewall;
import org.springframework.security.web.firewall.StrictHttpFirewall;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.savedrequest.NullRequestCache;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.session.DisableEncodeUrlFilter;
import org.springframework.security.web.session.HttpSessionEventPublisher;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * Who is asking: machine clients with HTTP Basic (passwords as BCrypt hashes); people in the browser
 * with a session, either from the UI's login form ({@code POST /api/login}, local accounts) or from
 * their organiser's identity provider (OpenID Connect, when a provider is configured).
 * A write that comes with a session cookie must carry the session's CSRF token in its header (the UI
 * reads it from {@code /api/me}); requests with no session at all (Basic clients that keep no cookies)
 * cannot be forged by another site, so they need none. Every response carries the security headers.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; img-src 'self' data:; "
            + "style-src 'self' 'unsafe-inline'; frame-ancestors 'none'; base-uri 'self'; form-action 'self'";

    static final String LOGIN = "/api/login";

    private static final RequestMatcher LOGIN_FORM = PathPatternRequestMatcher.withDefaults()
            .matcher(HttpMethod.POST, LOGIN);

    /**
     * A write that rides on a browser session: it must carry the session's CSRF token, whatever else it
     * brings. (An {@code Authorization} header did not excuse it: Spring Security does not check Basic
     * credentials again when they name the session's own user, so any password would have done.) A
     * client that keeps no cookies has no session and needs no token.
     */
    static boolean ridesOnSession(HttpServletRequest request) {
        var method = request.getMethod();
        boolean safe = method.equals("GET") || method.equals("HEAD") || method.equals("OPTIONS")
                || method.equals("TRACE");
        return !safe && request.getSession(false) != null && !LOGIN_FORM.matches(request);
    }

    /** Where a request's signed-in user is kept: in the session for a sign-in, in the request itself for Basic. */
    private static SecurityContextRepository signedInContexts() {
        var inSession = new HttpSessionSecurityContextRepository();
        inSession.setDisableUrlRewriting(true);
        return new DelegatingSecurityContextRepository(inSession, new RequestAttributeSecurityContextRepository());
    }

    /** The session's CSRF token is taken from its header only, never from the URL or a form field. */
    static final class HeaderOnlyCsrfToken implements CsrfTokenRequestHandler {

        private final XorCsrfTokenRequestAttributeHandler standard = new XorCsrfTokenRequestAttributeHandler();

        @Override
        public void handle(HttpServletRequest request, HttpServletResponse response, Supplier<CsrfToken> token) {
            standard.handle(request, response, token);
        }

        @Override
        public String resolveCsrfTokenValue(HttpServletRequest request, CsrfToken token) {
            return request.getHeader(token.getHeaderName()) == null ? null
                    : standard.resolveCsrfTokenValue(request, token);
        }
    }

    /** Tells the session registry when a session ends, so that it forgets it. */
    /** Spring Security's firewall as it is by default, with the methods it lets through named in one place. */
    @Bean
    HttpFirewall firewall() {
        var firewall = new StrictHttpFirewall();
        firewall.setAllowedHttpMethods(FirewallRejections.METHODS);
        return firewall;
    }

    @Bean
    HttpSessionEventPublisher sessionEvents() {
        return new HttpSessionEventPublisher();
    }

    /**
     * BCrypt, at the configured cost (10 by default; the tests use the cheapest, 4, to stay fast). Static, so
     * that the command line ({@link AdminCommand}) hashes as the application does without this configuration.
     */
    @Bean
    static PasswordEncoder passwordEncoder(@Value("${verme.security.bcrypt-strength:10}") int strength,
                                           ObjectProvider<Settings> settings) {
        // The settings are checked first, so that a wrong cost is reported by its name like every other setting.
        settings.getIfAvailable();
        return passwordEncoder(strength);
    }

    static PasswordEncoder passwordEncoder(int strength) {
        return new BCryptPasswordEncoder(strength);
    }

    /**
     * Passwords are checked by Spring Security's own provider, behind the throttle; being the one
     * provider bean, it is the one Spring Security asks.
     */
    @Bean
    AuthenticationProvider passwordLogins(UserAccounts users, PasswordEncoder passwords, LoginThrottle throttle) {
        var provider = new DaoAuthenticationProvider(users);
        provider.setPasswordEncoder(passwords);
        return throttle.guarding(provider);
    }

    /**
     * Every filter a request passes, in one declared order (none is registered with the servlet
     * container on its own): the request's correlation id and acting user for the commands it sends
     * (RequestMetadata), then every security decision in the order a request meets them: how much it may
     * send and how often (RequestLimits, before anything reads a body), what is not taken at all (UnsupportedRequests:
     * cross-origin preflights, credentials in the URL), who is asking (Basic, the login form with
     * its throttle, a session), who may do what to which object (AccessPolicy, as the authorization
     * manager), after all that whether it repeats an earlier request (Idempotency), and last, on reads,
     * whether the views are being rebuilt (RebuildingNotice). The chain, in {@link #securityFilterChain}, runs
     * them; the servlet container must not run them a second time, out of order.
     */
    @Bean
    FilterRegistrationBean<RequestMetadata> metadataOnlyInTheChain(RequestMetadata filter) {
        return registeredOnlyInTheChain(filter);
    }

    @Bean
    FilterRegistrationBean<RebuildingNotice> rebuildingNoticeOnlyInTheChain(RebuildingNotice filter) {
        return registeredOnlyInTheChain(filter);
    }

    private static <F extends Filter> FilterRegistrationBean<F> registeredOnlyInTheChain(F filter) {
        var registration = new FilterRegistrationBean<>(filter);
        registration.setEnabled(false);
        return registration;
    }

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http, DeniedAttempts denied, AccessPolicy access,
                                            UserAccounts users, UserSessions sessions,
                                            ObjectMapper json, JdbcTemplate jdbc, RequestMetadata metadata,
                                            RebuildingNotice rebuilding,
                                            @Value("${verme.api.max-body-bytes:1048576}") long maxBodyBytes,
                                            @Value("${verme.public-form.max-body-bytes}") long maxFormBytes,
                                            @Value("${verme.imports.max-body-bytes}") long maxImportBytes,
                                            @Value("${verme.public-form.per-address}") int formPostsPerAddress,
                                            @Value("${verme.public-form.per-call}") int formPostsPerCall,
                                            @Value("${verme.public-form.per-email}") int formPostsPerEmail,
                                            ObjectProvider<ClientRegistrationRepository> identityProviders)
            throws Exception {
        var registrations = identityProviders.getIfAvailable();
        var providers = registrations == null ? null : new ProviderLogins(registrations, users, json);
        LogoutSuccessHandler localLogout = (request, response, authentication) -> response.setStatus(204);
        // An error dispatch renders the answer to a request that was already decided (or refused).
        http.authorizeHttpRequests(requests -> requests.dispatcherTypeMatchers(DispatcherType.ERROR).permitAll()
                        .anyRequest().access(access))
                .httpBasic(basic -> basic.authenticationEntryPoint(denied))
                .exceptionHandling(errors -> errors.authenticationEntryPoint(denied).accessDeniedHandler(denied))
                // A refused request is not kept to replay after a sign-in: the API answers JSON and a sign-in lands
                // on the app's page, so keeping it would only start a session for every anonymous 401.
                .requestCache(cache -> cache.requestCache(new NullRequestCache()))
                .csrf(csrf -> csrf.requireCsrfProtectionMatcher(SecurityConfiguration::ridesOnSession)
                        .csrfTokenRequestHandler(new HeaderOnlyCsrfToken()))
                .formLogin(form -> form.loginPage("/").loginProcessingUrl(LOGIN)
                        .successHandler((request, response, authentication) -> response.setStatus(204))
                        .failureHandler(denied::loginFailed))
                // Only a sign-in keeps who signed in in a session (the login form, an identity provider). A request
                // with Basic credentials keeps them for itself (in the request), so session management, which looks in
                // both, finds it signed in already and starts no session: no link or page can sign a browser in so.
                .securityContext(context -> context.securityContextRepository(signedInContexts()))
                // Sessions are registered so that a new password can end them (UserSessions); any number per user.
                .sessionManagement(session -> session.maximumSessions(-1).sessionRegistry(sessions.registry())
                        .expiredSessionStrategy(expired -> denied.commence(expired.getRequest(), expired.getResponse(),
                                new InsufficientAuthenticationException("the session ended: the password changed"))))
                .logout(logout -> logout.logoutUrl("/api/logout")
                        .logoutSuccessHandler(providers == null ? localLogout : providers.logout(localLogout)))
                .headers(headers -> headers
                        .contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                        .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.NO_REFERRER))
                        .frameOptions(frames -> frames.deny()))
                .addFilterBefore(metadata, DisableEncodeUrlFilter.class)
                .addFilterAfter(new RequestLimits(json, maxBodyBytes, maxFormBytes, maxImportBytes,
                        new RequestLimits.FormRates(
                        formPostsPerAddress, formPostsPerCall, formPostsPerEmail)), RequestMetadata.class)
                .addFilterAfter(new UnsupportedRequests(json, LOGIN_FORM), RequestLimits.class)
                .addFilterAfter(new Idempotency(jdbc, json), AuthorizationFilter.class)
                .addFilterAfter(rebuilding, Idempotency.class);
        if (providers != null) {
            http.oauth2Login(providers.login());
        }
        return http.build();
    }
}
