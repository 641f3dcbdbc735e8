package fi.verme.app.access;

import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The register of personal calendar feeds ({@code app.calendar_feed}): a person's secret is 256 random bits,
 * shown once when made and kept only as its SHA-256. A feed is found by the hash of the secret it is asked with,
 * so the secret is never compared byte by byte against what is kept, and a stolen table opens no feed.
 */
@Component
class CalendarFeedSecrets {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Base64.Encoder ENCODE = Base64.getUrlEncoder().withoutPadding();

    private final JdbcTemplate jdbc;
    private final Clock clock;

    CalendarFeedSecrets(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** A made secret and when; the secret is not kept, so this is the one time it can be told. */
    record Issued(String secret, Instant createdAt) {
    }

    /** Whose feed a secret opens, and the account that made it signed in (null: through the person's own link). */
    record Feed(String personId, String madeBy) {
    }

    /**
     * A new secret for the person, in place of the one they had (whose address then finds nothing); {@code madeBy}:
     * the account that asked for it, null when the person asked through their own link.
     */
    Issued renew(String personId, String madeBy) {
        var random = new byte[32];
        RANDOM.nextBytes(random);
        var secret = ENCODE.encodeToString(random);
        var now = clock.instant();
        jdbc.update("""
                insert into app.calendar_feed (person_id, secret_hash, created_at, made_by) values (?, ?, ?, ?)
                on conflict (person_id) do update set secret_hash = excluded.secret_hash,
                    created_at = excluded.created_at, made_by = excluded.made_by""", personId, hash(secret),
                Timestamp.from(now), madeBy);
        return new Issued(secret, now);
    }

    /** When the person's current feed was made, if they have one. */
    Optional<Instant> createdAt(String personId) {
        return jdbc.query("select created_at from app.calendar_feed where person_id = ?",
                (rs, row) -> rs.getTimestamp("created_at").toInstant(), personId).stream().findFirst();
    }

    /** The feed this secret opens, if any. */
    Optional<Feed> find(String secret) {
        return jdbc.query("select person_id, made_by from app.calendar_feed where secret_hash = ?",
                (rs, row) -> new Feed(rs.getString(1), rs.getString(2)), (Object) hash(secret)).stream().findFirst();
    }

    private static byte[] hash(String secret) {
        return Idempotency.sha256Bytes(secret);
    }
}
