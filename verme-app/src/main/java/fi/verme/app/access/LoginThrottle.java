package fi.verme.app.access;

import fi.verme.app.platform.web.LogSafe;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

/**
 * Guesses a password no faster than a person mistypes one: after {@code verme.security.login-failures}
 * wrong passwords (5) for one account within {@code verme.security.login-failure-window} (10 min), that
 * account's sign-ins get 429 problem+json with {@code Retry-After} until the window lets another attempt
 * through, without checking the password. A successful sign-in forgets the failures. Counted per
 * instance, in memory; with several instances each counts its own.
 *
 * <p>It stands in front of Spring Security's own password provider and looks at the user name that
 * Spring Security decoded (from the login form or the {@code Authorization} header, whatever their
 * spelling), in any letter case, before the password is compared.
 */
@Component
class LoginThrottle {

    private static final Logger LOG = LoggerFactory.getLogger(LoginThrottle.class);
    /** Accounts remembered at once; the oldest are forgotten first (a forgotten account starts afresh). */
    private static final int ACCOUNTS = 50_000;

    private final RateLimits failures;
    private final Counter failed;

    LoginThrottle(@Value("${verme.security.login-failures:5}") int failures,
                  @Value("${verme.security.login-failure-window:10m}") Duration window, MeterRegistry metrics) {
        this.failures = new RateLimits(failures, window, ACCOUNTS);
        this.failed = Counter.builder("verme.logins.failed").description("Sign-ins refused for a wrong password")
                .register(metrics);
    }

    @EventListener
    void failed(AuthenticationFailureBadCredentialsEvent event) {
        failed.increment();
        failures.of(key(event.getAuthentication().getName())).tryConsume(1);
    }

    @EventListener
    void succeeded(AuthenticationSuccessEvent event) {
        failures.forget(key(event.getAuthentication().getName()));
    }

    /**
     * The password provider, with the throttle in front: a throttled account is refused whatever
     * password it brings, before the password is looked at.
     */
    AuthenticationProvider guarding(AuthenticationProvider passwords) {
        return new AuthenticationProvider() {
            @Override
            public Authentication authenticate(Authentication attempt) {
                var locked = lockedFor(attempt.getName());
                if (locked.isPresent()) {
                    long seconds = RateLimits.retryAfterSeconds(locked.get().toNanos());
                    LOG.warn("Sign-in refused for {}: too many wrong passwords", LogSafe.text(attempt.getName()));
                    throw new TooManyLoginAttemptsException(seconds);
                }
                return passwords.authenticate(attempt);
            }

            @Override
            public boolean supports(Class<?> authentication) {
                return passwords.supports(authentication);
            }
        };
    }

    /** How long the account must wait before its next attempt, if it has used up its failures. */
    Optional<Duration> lockedFor(String username) {
        return failures.find(key(username)).filter(bucket -> bucket.getAvailableTokens() == 0)
                .map(bucket -> Duration.ofNanos(bucket.estimateAbilityToConsume(1).getNanosToWaitForRefill()));
    }

    private static String key(String username) {
        return username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
    }
}
