package fi.verme.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.MessagingException;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.web.context.WebServerApplicationContext;

/**
 * The application stopped as its service manager stops it (SIGTERM) in the middle of a burst of enrolments, each
 * mailed a notice through a real SMTP server (GreenMail), on its embedded database: what it was doing ends before
 * the database does, the database stops with it, every enrolment answered 201 is there after the next start, and
 * nobody gets their notice twice. The counterpart of {@link CrashTest}'s kill.
 */
class GracefulStopTest {

    /** What the log shows when something still used the database after its server had stopped. */
    private static final String[] DATABASE_GONE = {"This connection has been closed", "Connection refused",
        "marked as broken", "Failed to read events"};

    private static final String NAME = "Pysähtyvä";

    @TempDir
    Path dataDir;

    @Test
    void aStopDuringABurstEndsTheWorkBeforeTheDatabaseAndKeepsWhatWasAccepted() throws Exception {
        var smtp = new GreenMail(ServerSetupTest.SMTP.dynamicPort()).withConfiguration(GreenMailConfiguration.aConfig()
                .withDisabledAuthentication());
        smtp.start();
        try {
            var mail = new String[] {"--spring.mail.host=localhost", "--spring.mail.port=" + smtp.getSmtp().getPort()};
            var log = new File(dataDir.toFile().getParentFile(), "graceful-stop-test-app.log");
            // SIGTERM (as systemctl stop sends it) once the burst's notices are going out
            var sent = EnrolmentBurst.againstTheDemo(dataDir, log, NAME, 150, 50, process -> {
                long deadline = System.nanoTime() + 120_000_000_000L;
                while (mailedToTheBurst(smtp).size() < 5 && System.nanoTime() < deadline) {
                    sleep(50);
                }
                process.destroy();
            }, mail);
            var accepted = sent.accepted();
            assertThat(accepted).hasSizeGreaterThanOrEqualTo(45);

            var output = Files.readString(log.toPath());
            var stopping = output.substring(Math.max(0, output.indexOf("Commencing graceful shutdown")));
            assertThat(stopping).as("the log of the stop, " + log).contains("server stopped")
                    .doesNotContain(DATABASE_GONE);
            assertThat(dataDir.resolve("postmaster.pid")).as("the embedded server stopped with the application")
                    .doesNotExist();
            int mailedBeforeTheStop = mailedToTheBurst(smtp).size();

            var arguments = new String[] {"--verme.data-dir=" + dataDir, "--verme.embedded.ephemeral=false",
                "--verme.demo.enabled=true", "--server.port=0", mail[0], mail[1]};
            try (var restarted = VermeApplication.run(arguments)) {
                var api = new Api(((WebServerApplicationContext) restarted).getWebServer().getPort());
                EnrolmentBurst.assertKept(api, accepted);

                // The rest of the notices go out after the restart; none of those sent before goes again.
                long deadline = System.nanoTime() + 120_000_000_000L;
                while (!mailedToTheBurst(smtp).keySet().containsAll(accepted.values())
                        && System.nanoTime() < deadline) {
                    sleep(200);
                }
                var mailed = mailedToTheBurst(smtp);
                assertThat(mailed.keySet()).as("everyone accepted is mailed").containsAll(accepted.values());
                assertThat(mailed).as("nobody mailed twice").allSatisfy((to, count) -> assertThat(count).isOne());
                System.out.printf("Stop during a burst: %d answered 201, all there after the restart; %d notices "
                        + "mailed before the stop, %d after, none twice (%d messages in all)%n", accepted.size(),
                        mailedBeforeTheStop, mailed.size() - mailedBeforeTheStop, smtp.getReceivedMessages().length);
            }
        } finally {
            smtp.stop();
        }
    }

    /** How many messages each address of the burst has received. */
    private static Map<String, Integer> mailedToTheBurst(GreenMail smtp) {
        var count = new HashMap<String, Integer>();
        try {
            for (var message : smtp.getReceivedMessages()) {
                for (var to : message.getAllRecipients()) {
                    if (to.toString().startsWith(EnrolmentBurst.prefix(NAME))) {
                        count.merge(to.toString(), 1, Integer::sum);
                    }
                }
            }
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
        return count;
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
