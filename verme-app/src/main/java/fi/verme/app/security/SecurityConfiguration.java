package fi.verme.app.security;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;

/**
 * Who is asking: machine clients and local accounts with HTTP Basic (passwords as BCrypt hashes),
 * people of an organiser through its identity provider (OpenID Connect, when a provider is configured).
 * The JSON API is stateless for Basic clients, so it needs no CSRF token; browser sessions of
 * provider logins keep Spring Security's CSRF protection everywhere else. Every response carries the
 * security headers.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; img-src 'self' data:; "
            + "style-src 'self' 'unsafe-inline'; frame-ancestors 'none'; base-uri 'self'; form-action 'self'";

    /** BCrypt, at the configured cost (10 by default; the tests use the cheapest, 4, to stay fast). */
    @Bean
    PasswordEncoder passwordEncoder(@Value("${verme.security.bcrypt-strength:10}") int strength) {
        return new BCryptPasswordEncoder(strength);
    }

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http, DeniedAttempts denied, UserAccounts users,
                                            ObjectProvider<ClientRegistrationRepository> identityProviders)
            throws Exception {
        // Who may call what is decided per endpoint and object by AccessPolicy; here, only who is asking.
        http.authorizeHttpRequests(requests -> requests.anyRequest().permitAll())
                .httpBasic(basic -> basic.authenticationEntryPoint(denied))
                .exceptionHandling(errors -> errors.authenticationEntryPoint(denied).accessDeniedHandler(denied))
                .csrf(csrf -> csrf.ignoringRequestMatchers("/api/**", "/actuator/**"))
                .headers(headers -> headers
                        .contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                        .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.NO_REFERRER))
                        .frameOptions(frames -> frames.deny()));
        if (identityProviders.getIfAvailable() != null) {
            http.oauth2Login(login -> login.userInfoEndpoint(info -> info.oidcUserService(new ProviderUsers(users))));
        }
        return http.build();
    }
}
