package fi.verme.app.access;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Links that act once, such as a link confirming a new e-mail address: however often it is opened in its time, it
 * makes its change once. Kept is the link's SHA-256 digest alone (not the link, which names the address), until the
 * link has expired, when it can no longer be used anyway and is deleted.
 */
@Component
public class SpentLinks {

    private final JdbcTemplate jdbc;
    private final Clock clock;

    SpentLinks(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /**
     * Marks a confirmation link, valid for at most {@code validFor} from now, spent; refused as an invalid
     * confirmation link if it already was.
     */
    public void spendConfirmation(String token, Duration validFor) {
        var now = clock.instant();
        jdbc.update("delete from app.spent_link where expires_at < ?", Timestamp.from(now));
        if (jdbc.update("insert into app.spent_link (link_digest, expires_at) values (?, ?) on conflict do nothing",
                digest(token), Timestamp.from(now.plus(validFor))) == 0) {
            throw new ConfirmationLinkInvalidException();
        }
    }

    private static byte[] digest(String token) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
