package fi.verme.app.access;

import fi.verme.enrolment.api.ContactDetails;
import fi.verme.shared.InvalidInputException;
import java.io.IOException;
import java.net.InetAddress;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Creates administrators of the whole installation ({@code ADMIN} for every organiser, {@code *}) outside the
 * admin API, for an installation that has none yet: the application's command ({@link AdminCommand}) and the
 * {@code VERME_INITIAL_ADMIN_*} settings ({@link InitialAdmin}). The account meets the admin API's rules (its
 * id, a password of at least 12 characters, an e-mail address); each creation is recorded in
 * {@code app.admin_creation} (which way, when, by which operating-system user on which host) and logged.
 */
@Component
class InstallationAdmins {

    private static final Logger LOG = LoggerFactory.getLogger(InstallationAdmins.class);
    private static final Pattern EMAIL = Pattern.compile(ContactDetails.EMAIL_PATTERN);
    private static final int MAX_PASSWORD = 200;

    /** Which way an admin was created, as {@code app.admin_creation.source} records it. */
    enum Source {
        CLI("cli"), INITIAL_SETTINGS("initial-settings");

        final String recorded;

        Source(String recorded) {
            this.recorded = recorded;
        }
    }

    /**
     * The account to create: a password (local sign-in), a subject of the identity provider, or both; without
     * a display name it is called by its id.
     */
    record NewAdmin(String userId, String password, String oidcSubject, String email, String displayName) {

        NewAdmin {
            userId = blankToNull(userId);
            oidcSubject = blankToNull(oidcSubject);
            email = blankToNull(email);
            displayName = blankToNull(displayName) == null ? userId : displayName.strip();
            if (userId == null || !AdminController.USER_ID.matcher(userId).matches()) {
                throw new InvalidInputException("username", "2-64 lowercase letters, digits, '.', '_' or '-'");
            }
            if (password == null && oidcSubject == null) {
                throw new InvalidInputException("password", "given in a password file, unless the account signs in "
                        + "through the identity provider (its subject given)");
            }
            if (password != null && (password.length() < AdminController.MIN_PASSWORD
                    || password.length() > MAX_PASSWORD)) {
                throw new InvalidInputException("password", AdminController.MIN_PASSWORD + "-" + MAX_PASSWORD
                        + " characters");
            }
            if (oidcSubject != null && oidcSubject.length() > 255) {
                throw new InvalidInputException("oidcSubject", "at most 255 characters");
            }
            if (email != null && (email.length() > 320 || !EMAIL.matcher(email).matches())) {
                throw new InvalidInputException("email", "an e-mail address such as name@example.fi");
            }
            if (displayName.length() > 200) {
                throw new InvalidInputException("displayName", "at most 200 characters");
            }
        }

        private static String blankToNull(String text) {
            return text == null || text.isBlank() ? null : text.strip();
        }

        String signIn() {
            return password == null ? "identity-provider" : oidcSubject == null ? "password" : "both";
        }
    }

    private final UserAccounts users;
    private final JdbcTemplate jdbc;

    InstallationAdmins(UserAccounts users, JdbcTemplate jdbc) {
        this.users = users;
        this.jdbc = jdbc;
    }

    /**
     * A password as an operator keeps it in a file: the whole file, less one trailing line break (so that
     * {@code echo secret > file} works), in UTF-8.
     */
    static String readPasswordFile(Path file) {
        try {
            var text = StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(Files.readAllBytes(file))).toString();
            if (text.endsWith("\r\n")) {
                return text.substring(0, text.length() - 2);
            }
            return text.endsWith("\n") ? text.substring(0, text.length() - 1) : text;
        } catch (CharacterCodingException e) {
            throw new InvalidInputException("password", "a password file in UTF-8 (" + file + " is not)");
        } catch (IOException e) {
            throw new InvalidInputException("password", "a readable password file (" + file + ": "
                    + e.getClass().getSimpleName() + " " + e.getMessage() + ")");
        }
    }

    /** Whether an enabled account holds ADMIN for all organisers. */
    boolean exist() {
        return users.enabledAdmins() > 0;
    }

    /**
     * Creates the admin and records how. With {@code onlyIfNone} nothing is created while an enabled
     * installation admin exists (empty answer); the lock on the grants makes two instances starting at once
     * take turns, so that only one of them creates it. An id, e-mail address or subject that another
     * account has is refused: an existing account is changed through the admin API, never here.
     */
    @Transactional
    Optional<NewAdmin> create(NewAdmin admin, Source source, boolean onlyIfNone) {
        jdbc.execute("lock table app.role_grant in share row exclusive mode");
        if (onlyIfNone && exist()) {
            return Optional.empty();
        }
        if (users.find(admin.userId()).isPresent()) {
            throw new InvalidInputException("username", "an id no account has yet (" + admin.userId() + " exists)");
        }
        if (admin.email() != null && taken("lower(email) = ?", admin.email().toLowerCase(Locale.ROOT))) {
            throw new InvalidInputException("email", "an address no other account has");
        }
        if (admin.oidcSubject() != null && taken("oidc_subject = ?", admin.oidcSubject())) {
            throw new InvalidInputException("oidcSubject", "a subject no other account has");
        }
        users.save(admin.userId(), admin.password(), admin.displayName(), admin.email(), admin.oidcSubject(), null,
                true);
        users.setGrants(admin.userId(), List.of(new Grant(AccessRole.ADMIN, Grant.ALL_ORGANISERS)));
        var osUser = System.getProperty("user.name");
        var host = host();
        jdbc.update("insert into app.admin_creation (user_id, source, sign_in, os_user, host) values (?, ?, ?, ?, ?)",
                admin.userId(), source.recorded, admin.signIn(), osUser, host);
        LOG.info("Created {} as an admin of all organisers (ADMIN *), signing in with {}, by {} (user {} on {}); "
                + "recorded in app.admin_creation", admin.userId(), admin.signIn(), source.recorded, osUser, host);
        return Optional.of(admin);
    }

    private boolean taken(String condition, String value) {
        return jdbc.queryForObject("select count(*) from app.app_user where " + condition, Integer.class, value) > 0;
    }

    private static String host() {
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (IOException unknown) {
            return null;
        }
    }
}
