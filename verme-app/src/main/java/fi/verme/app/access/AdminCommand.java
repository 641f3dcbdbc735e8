package fi.verme.app.access;

import fi.verme.app.access.InstallationAdmins.NewAdmin;
import fi.verme.app.access.InstallationAdmins.Source;
import fi.verme.app.platform.storage.DatabaseConfiguration;
import fi.verme.shared.InvalidInputException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.Banner;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.autoconfigure.jdbc.DataSourceProperties;
import org.springframework.boot.autoconfigure.jdbc.DataSourceTransactionManagerAutoConfiguration;
import org.springframework.boot.autoconfigure.jdbc.JdbcTemplateAutoConfiguration;
import org.springframework.boot.autoconfigure.transaction.TransactionAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.core.NestedExceptionUtils;
import org.springframework.security.crypto.password.PasswordEncoder;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Unmatched;
import picocli.CommandLine;

/**
 * The operators' command line of the application jar: {@code java -jar verme-app.jar admin create --username …
 * --password-file …} creates an administrator of all organisers in the configured database (the application's
 * own settings, embedded or external), prints what it did and exits, without starting the web server or
 * anything else of the application. Arguments are read by picocli; {@code --name=value} arguments it does not
 * know are the application's settings, as on a normal start ({@code --spring.datasource.url=…}).
 *
 * <p>Exit status: 0 created; 1 refused or failed (the id or address taken, the database unreachable), nothing
 * created; 2 invalid arguments, nothing done.
 */
@Command(name = "admin", subcommands = AdminCommand.Create.class,
        description = "Administrators of this Verme installation.")
public final class AdminCommand implements Runnable {

    @Spec
    CommandSpec spec;

    @Option(names = {"-h", "--help"}, usageHelp = true, description = "Shows this help and exits.")
    boolean help;

    /** Whether the arguments ask for this command rather than for the application to start. */
    public static boolean isCommand(String... args) {
        return args.length > 0 && "admin".equals(args[0]);
    }

    /** Runs the command whose arguments these are (the first being {@code admin}); answers the exit status. */
    public static int run(String... args) {
        return run(new PrintWriter(System.out, true), new PrintWriter(System.err, true), args);
    }

    static int run(PrintWriter out, PrintWriter err, String... args) {
        return new CommandLine(new AdminCommand()).setOut(out).setErr(err)
                .execute(Arrays.copyOfRange(args, 1, args.length));
    }

    @Override
    public void run() {
        throw new ParameterException(spec.commandLine(), "Name what to do: create");
    }

    @Command(name = "create", sortOptions = false,
            description = {
                "Creates an administrator of all organisers (ADMIN for *) in the configured database, prints what "
                    + "it did and exits; the web server does not start. The creation is recorded in "
                    + "app.admin_creation.",
                "The database is the application's: SPRING_DATASOURCE_URL, SPRING_DATASOURCE_USERNAME and "
                    + "SPRING_DATASOURCE_PASSWORD (or --spring.datasource.url=… and the like), else the embedded "
                    + "one in VERME_DATA_DIR, while the application using it is stopped."})
    static final class Create implements Callable<Integer> {

        @Spec
        CommandSpec spec;

        @Option(names = {"-h", "--help"}, usageHelp = true, description = "Shows this help and exits.")
        boolean help;

        @Option(names = "--username", required = true, paramLabel = "<name>",
                description = "The account's id: 2-64 lowercase letters, digits, '.', '_' or '-'.")
        String username;

        @Option(names = "--password-file", paramLabel = "<file>",
                description = "A file that holds the password, at least 12 characters (one trailing line break "
                        + "is not part of it).")
        Path passwordFile;

        @Option(names = "--oidc-subject", paramLabel = "<subject>",
                description = "The account's subject at the identity provider (instead of, or besides, a password).")
        String oidcSubject;

        @Option(names = "--email", paramLabel = "<address>", description = "The account's e-mail address.")
        String email;

        @Option(names = "--display-name", paramLabel = "<name>",
                description = "What the account is called on screen (the username if not given).")
        String displayName;

        @Unmatched
        List<String> settings = new ArrayList<>();

        @Override
        public Integer call() {
            var out = spec.commandLine().getOut();
            var err = spec.commandLine().getErr();
            for (var setting : settings) {
                if (!setting.startsWith("--") || !setting.contains("=")) {
                    throw new ParameterException(spec.commandLine(), "Unknown argument: " + setting
                            + " (the application's settings are given as --name=value)");
                }
            }
            NewAdmin admin;
            try {
                var password = passwordFile == null ? null : InstallationAdmins.readPasswordFile(passwordFile);
                admin = new NewAdmin(username, password, oidcSubject, email, displayName);
            } catch (InvalidInputException invalid) {
                err.println("admin create: " + invalid.getMessage() + "; nothing was created");
                return 2;
            }
            var application = new SpringApplicationBuilder(CommandContext.class).web(WebApplicationType.NONE)
                    .bannerMode(Banner.Mode.OFF).logStartupInfo(false)
                    .properties("logging.level.root=WARN",
                            "logging.level." + InstallationAdmins.class.getName() + "=INFO");
            try (var context = application.run(settings.toArray(String[]::new))) {
                context.getBean(InstallationAdmins.class).create(admin, Source.CLI, false);
                out.printf("Created %s (%s) as an admin of all organisers (ADMIN *), signing in with %s.%n",
                        admin.userId(), admin.displayName(), admin.signIn());
                out.println("Recorded in app.admin_creation. Sign in with it; further accounts and grants are made "
                        + "through the admin API (PUT /api/admin/users/{userId}).");
                return 0;
            } catch (InvalidInputException refused) {
                err.println("admin create: " + refused.getMessage() + "; nothing was created");
                return 1;
            } catch (RuntimeException failed) {
                err.println("admin create: failed, nothing was created: "
                        + NestedExceptionUtils.getMostSpecificCause(failed).getMessage());
                return 1;
            }
        }
    }

    /**
     * The little of the application the command needs: the database as the application configures it (and
     * migrates it), the accounts, and the application's password hashing. No web server, no Axon, no
     * start-up tasks. Not a {@code @Configuration}, so that the application's component scan leaves it out.
     */
    @EnableConfigurationProperties(DataSourceProperties.class)
    @ImportAutoConfiguration({JdbcTemplateAutoConfiguration.class, DataSourceTransactionManagerAutoConfiguration.class,
        TransactionAutoConfiguration.class})
    @Import({DatabaseConfiguration.class, UserAccounts.class, InstallationAdmins.class})
    static class CommandContext {

        @Bean
        PasswordEncoder passwordEncoder(@Value("${verme.security.bcrypt-strength:10}") int strength) {
            return SecurityConfiguration.passwordEncoder(strength);
        }

        /** The command signs nobody in, so which identity provider an organiser uses does not matter to it. */
        @Bean
        OrganiserIdentityProviders noSignInsHere() {
            return organisers -> Map.of();
        }
    }
}
