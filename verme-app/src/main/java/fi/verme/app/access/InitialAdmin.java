package fi.verme.app.access;

import fi.verme.app.access.InstallationAdmins.NewAdmin;
import fi.verme.app.access.InstallationAdmins.Source;
import fi.verme.shared.InvalidInputException;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The installation's first admin at start-up. While no enabled admin of all organisers exists, the
 * {@code VERME_INITIAL_ADMIN_*} settings (verme.initial-admin.*) create one; once one exists they are ignored,
 * and the log says so, so that settings left in place can never bring an account back or change one. Invalid
 * settings stop the start-up with one line saying which. While there is still no admin, the log says exactly
 * how to create one, both ways.
 */
@Component
@Order(10) // after the demo's accounts, which include an admin
class InitialAdmin implements ApplicationRunner {

    private static final Logger LOG = LoggerFactory.getLogger(InitialAdmin.class);

    /** What the log says while the installation has no admin. */
    static final String HOW_TO = "No enabled administrator of all organisers exists, so nobody can manage users "
            + "and organisers. Create one in either of two ways: (1) run 'java -jar verme-app.jar admin create "
            + "--username <name> --password-file <file>' (or '--oidc-subject <subject>' instead of the password "
            + "file, for an account of the identity provider) with the same database settings as this application; "
            + "or (2) set VERME_INITIAL_ADMIN_USERNAME and VERME_INITIAL_ADMIN_PASSWORD_FILE (or "
            + "VERME_INITIAL_ADMIN_OIDC_SUBJECT) and start the application again. See docs/operations.md, "
            + "'The first administrator'.";

    private final InstallationAdmins admins;
    private final String username;
    private final String passwordFile;
    private final String oidcSubject;
    private final String email;
    private final String displayName;

    InitialAdmin(InstallationAdmins admins,
                 @Value("${verme.initial-admin.username:}") String username,
                 @Value("${verme.initial-admin.password-file:}") String passwordFile,
                 @Value("${verme.initial-admin.oidc-subject:}") String oidcSubject,
                 @Value("${verme.initial-admin.email:}") String email,
                 @Value("${verme.initial-admin.display-name:}") String displayName) {
        this.admins = admins;
        this.username = username;
        this.passwordFile = passwordFile;
        this.oidcSubject = oidcSubject;
        this.email = email;
        this.displayName = displayName;
    }

    @Override
    public void run(ApplicationArguments args) {
        boolean configured = Stream.of(username, passwordFile, oidcSubject).anyMatch(s -> !s.isBlank());
        if (configured && admins.exist()) {
            LOG.info("The VERME_INITIAL_ADMIN_* settings (user {}) are ignored: an enabled admin of all organisers "
                    + "exists. Manage accounts through the admin API; the settings may be removed.", username);
        } else if (configured) {
            try {
                var password = passwordFile.isBlank() ? null : InstallationAdmins.readPasswordFile(Path.of(passwordFile));
                var admin = new NewAdmin(username, password, oidcSubject, email, displayName);
                if (admins.create(admin, Source.INITIAL_SETTINGS, true).isEmpty()) {
                    LOG.info("The VERME_INITIAL_ADMIN_* settings are ignored: another instance created an admin first");
                }
            } catch (InvalidInputException invalid) {
                throw new IllegalStateException("VERME_INITIAL_ADMIN_* (verme.initial-admin.*): " + invalid.getMessage()
                        + "; no admin was created", invalid);
            }
        }
        if (!admins.exist()) {
            LOG.warn(HOW_TO);
        }
    }
}
