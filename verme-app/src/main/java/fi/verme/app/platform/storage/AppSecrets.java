package fi.verme.app.platform.storage;

import java.security.SecureRandom;
import java.util.Base64;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Keys the application makes for itself on first start and keeps in {@code app.app_secret}, so that what
 * they sign stays valid across restarts and is the same on every node.
 */
@Component
public class AppSecrets {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final JdbcTemplate jdbc;

    AppSecrets(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The key of this name: the one kept, or a new random one if none is (the first start to ask wins). */
    public String key(String name) {
        var random = new byte[32];
        RANDOM.nextBytes(random);
        jdbc.update("insert into app.app_secret (name, value) values (?, ?) on conflict do nothing", name,
                Base64.getUrlEncoder().withoutPadding().encodeToString(random));
        return jdbc.queryForObject("select value from app.app_secret where name = ?", String.class, name);
    }
}
