package fi.verme.app;

import fi.verme.app.access.AdminCommand;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.autoconfigure.flyway.FlywayAutoConfiguration;

/** Verme: peer-group mentoring for education staff, one modular monolith. */
@SpringBootApplication(scanBasePackages = "fi.verme", exclude = FlywayAutoConfiguration.class)
public class VermeApplication {

    /**
     * Starts the application; or, when the arguments begin with {@code admin}, runs the operators' command
     * ({@code admin create …}: see AdminCommand) and exits with its status, starting no web server.
     */
    public static void main(String[] args) {
        if (AdminCommand.isCommand(args)) {
            System.exit(AdminCommand.run(args));
        }
        run(args);
    }

    public static org.springframework.context.ConfigurableApplicationContext run(String... args) {
        // Verme never calls home: Axon's update checker stays off however the application is started.
        System.setProperty("axoniq.update-checker.disabled", "true");
        return SpringApplication.run(VermeApplication.class, args);
    }
}
