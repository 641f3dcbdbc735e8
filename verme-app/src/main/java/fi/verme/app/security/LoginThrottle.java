package fi.verme.app.security;

import com.fasterxml.jackson.databind.ObjectMapper;
import fi.verme.app.web.ProblemResponses;
import fi.verme.app.web.RateLimits;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Locale;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.event.EventListener;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Guesses a password no faster than a person mistypes one: after {@code verme.security.login-failures}
 * wrong passwords (5) for one account within {@code verme.security.login-failure-window} (10 min), that
 * account's sign-ins (the login form and HTTP Basic alike) get 429 problem+json with {@code Retry-After}
 * until the window lets another attempt through, without checking the password. A successful sign-in
 * forgets the failures. Counted per instance, in memory; with several instances each counts its own.
 */
@Component
class LoginThrottle {

    private static final Logger LOG = LoggerFactory.getLogger(LoginThrottle.class);
    /** Accounts remembered at once; the oldest are forgotten first (a forgotten account starts afresh). */
    private static final int ACCOUNTS = 50_000;

    private final RateLimits failures;

    LoginThrottle(@Value("${verme.security.login-failures:5}") int failures,
                  @Value("${verme.security.login-failure-window:10m}") Duration window) {
        this.failures = new RateLimits(failures, window, ACCOUNTS);
    }

    @EventListener
    void failed(AuthenticationFailureBadCredentialsEvent event) {
        failures.of(key(event.getAuthentication().getName())).tryConsume(1);
    }

    @EventListener
    void succeeded(AuthenticationSuccessEvent event) {
        failures.forget(key(event.getAuthentication().getName()));
    }

    /** How long the account must wait before its next attempt, if it has used up its failures. */
    Optional<Duration> lockedFor(String username) {
        return failures.find(key(username)).filter(bucket -> bucket.getAvailableTokens() == 0)
                .map(bucket -> Duration.ofNanos(bucket.estimateAbilityToConsume(1).getNanosToWaitForRefill()));
    }

    private static String key(String username) {
        return username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
    }

    /** The filter that refuses a locked account's sign-in before its password is checked. */
    OncePerRequestFilter gate(ObjectMapper json) {
        return new OncePerRequestFilter() {
            @Override
            protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response,
                                            FilterChain chain) throws ServletException, IOException {
                var locked = username(request).flatMap(LoginThrottle.this::lockedFor);
                if (locked.isEmpty()) {
                    chain.doFilter(request, response);
                    return;
                }
                long seconds = RateLimits.retryAfterSeconds(locked.get().toNanos());
                LOG.warn("Sign-in refused for {} on {}: too many wrong passwords", username(request).orElse("?"),
                        request.getRequestURI());
                response.setHeader("Retry-After", String.valueOf(seconds));
                ProblemResponses.write(json, request, response, HttpStatus.TOO_MANY_REQUESTS,
                        "too-many-login-attempts", "Liian monta kirjautumisyritystä / Too many sign-in attempts",
                        "Too many wrong passwords for this account; try again in " + seconds + " s");
            }
        };
    }

    /** The account a request signs in as: the login form's username, or HTTP Basic's. */
    private static Optional<String> username(HttpServletRequest request) {
        if ("POST".equals(request.getMethod())
                && request.getRequestURI().equals(request.getContextPath() + SecurityConfiguration.LOGIN)) {
            return Optional.ofNullable(request.getParameter("username"));
        }
        var header = request.getHeader("Authorization");
        if (header == null || !header.regionMatches(true, 0, "Basic ", 0, 6)) {
            return Optional.empty();
        }
        try {
            var decoded = new String(Base64.getDecoder().decode(header.substring(6).strip()), StandardCharsets.UTF_8);
            int colon = decoded.indexOf(':');
            return colon < 0 ? Optional.empty() : Optional.of(decoded.substring(0, colon));
        } catch (IllegalArgumentException notBase64) {
            return Optional.empty();
        }
    }
}
