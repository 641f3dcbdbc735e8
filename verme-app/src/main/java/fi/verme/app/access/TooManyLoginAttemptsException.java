package fi.verme.app.access;

import org.springframework.security.authentication.LockedException;

/**
 * An account whose wrong passwords used up its attempts. A kind of {@link LockedException}, so that
 * Spring Security stops at once instead of asking another provider; answered 429 with Retry-After.
 */
class TooManyLoginAttemptsException extends LockedException {

    private final long retryAfterSeconds;

    TooManyLoginAttemptsException(long retryAfterSeconds) {
        super("too many wrong passwords; try again in " + retryAfterSeconds + " s");
        this.retryAfterSeconds = retryAfterSeconds;
    }

    long retryAfterSeconds() {
        return retryAfterSeconds;
    }
}
