package fi.verme.app.erasure;

import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.Objects;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Idempotent requests' stored answers ({@code app.idempotent_request}) that mention a person. An answer
 * is kept whole, as bytes, so it is searched as bytes: any stored body that contains one of the person's
 * identifiers (their id, e-mail address or phone number, in the UTF-8 that the answer was written in) is
 * deleted. A retry with such a key then runs again instead of replaying; that is the price of forgetting.
 */
@Component
class StoredAnswers {

    private final JdbcTemplate jdbc;

    StoredAnswers(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Deletes every stored answer whose body contains one of {@code identifiers}; returns how many. */
    int purgeMentioning(Collection<String> identifiers) {
        var needles = identifiers.stream().filter(Objects::nonNull).map(String::strip).filter(s -> !s.isEmpty())
                .distinct().map(s -> s.getBytes(StandardCharsets.UTF_8)).toArray(byte[][]::new);
        int purged = 0;
        for (var needle : needles) {
            purged += jdbc.update("""
                    delete from app.idempotent_request where body is not null and position(? in body) > 0""",
                    (Object) needle);
        }
        return purged;
    }
}
