package fi.verme.app;

import fi.verme.app.access.AdminCommand;
import java.util.List;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.boot.autoconfigure.flyway.FlywayAutoConfiguration;

/** Verme: peer-group mentoring for education staff, one modular monolith. */
@SpringBootApplication(scanBasePackages = "fi.verme", exclude = FlywayAutoConfiguration.class)
@EnableScheduling
public class VermeApplication {

    /**
     * Starts the application; or, when the arguments begin with {@code admin}, runs the operators' command
     * ({@code admin create …}: see AdminCommand) and exits with its status, starting no web server.
     */
    public static void main(String[] args) {
        if (AdminCommand.isCommand(args)) {
            System.exit(AdminCommand.run(args));
        }
        if (args.length > 0 && List.of("--help", "-h", "help", "--version", "-V").contains(args[0])) {
            // Asking for help touches nothing: no database, no migration, no key.
            System.out.print(USAGE);
            return;
        }
        run(args);
    }

    static final String USAGE = """
            Verme: peer-group mentoring for education staff.

            java -jar verme-app.jar [--name=value …]
                Starts the application: the web server, the migrations of its database, the views. Settings come
                from the environment (VERME_*, SPRING_*) or --name=value; see docs/configuration.md.
            java -jar verme-app.jar admin create --help
                Creates an administrator of the installation without starting the web server.
            java -jar verme-app.jar --help
                This text; nothing is started.
            """;

    public static org.springframework.context.ConfigurableApplicationContext run(String... args) {
        // Verme never calls home: Axon's update checker stays off however the application is started.
        System.setProperty("axoniq.update-checker.disabled", "true");
        return SpringApplication.run(VermeApplication.class, args);
    }
}
