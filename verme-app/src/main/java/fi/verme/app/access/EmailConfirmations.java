package fi.verme.app.access;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The last new e-mail address each person confirmed through a link ({@code app.email_confirmation}): which link
 * (its SHA-256 digest only) and when. A confirmation link sent before that no longer applies: not the same link
 * replayed after the address changed back, nor a link to a mistyped address after the right one was confirmed. A
 * row is kept as long as a link sent before it could be valid ({@link EnrolmentLinks#EMAIL_CHANGE_VALID_FOR}).
 */
@Component
public class EmailConfirmations {

    /** What a genuine confirmation link may do now. */
    public enum Claim {
        /** Make its change: no address was confirmed since it was sent. */
        APPLY,
        /** Nothing: it made its change already (opened twice at once, say). */
        ALREADY_APPLIED
    }

    private final JdbcTemplate jdbc;
    private final Clock clock;

    EmailConfirmations(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /**
     * Records the link, sent at {@code sentAt}, as the person's last confirmation if no address was confirmed since
     * it was sent; else refused as an invalid confirmation link, unless it was this link that made the change.
     */
    public Claim claim(String personId, String token, Instant sentAt) {
        var now = clock.instant();
        jdbc.update("delete from app.email_confirmation where confirmed_at < ?",
                Timestamp.from(now.minus(EnrolmentLinks.EMAIL_CHANGE_VALID_FOR)));
        var digest = Idempotency.sha256(token);
        if (jdbc.update("""
                insert into app.email_confirmation (person_id, link_digest, confirmed_at) values (?, ?, ?)
                on conflict (person_id) do update set link_digest = excluded.link_digest,
                    confirmed_at = excluded.confirmed_at
                where email_confirmation.confirmed_at < ?""",
                personId, digest, Timestamp.from(now), Timestamp.from(sentAt)) == 1) {
            return Claim.APPLY;
        }
        var last = jdbc.queryForList("select link_digest from app.email_confirmation where person_id = ?",
                String.class, personId);
        if (last.contains(digest)) {
            return Claim.ALREADY_APPLIED;
        }
        throw new ConfirmationLinkInvalidException();
    }

    /** Takes back a claim whose change failed (another person's address, say), so the link is as it was. */
    public void release(String personId, String token) {
        jdbc.update("delete from app.email_confirmation where person_id = ? and link_digest = ?", personId,
                Idempotency.sha256(token));
    }
}
