package fi.verme.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.file.Path;
import java.util.ArrayList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * An accepted enrolment survives the application being killed outright: the answered write was
 * durable, and the next start takes over the data directory from the server the dead process left.
 */
class CrashTest {

    @TempDir
    Path dataDir;

    /**
     * A burst of 1,000 enrolments from 8 parallel clients; the application is killed outright (SIGKILL)
     * after the 200th answer. On restart, every enrolment that got a 201 is there, nobody is enrolled
     * twice, and every view equals what a fresh rebuild from the events makes.
     */
    @Test
    void acceptedEnrolmentsSurviveAKillDuringABurst() throws Exception {
        var log = new File(dataDir.toFile().getParentFile(), "crash-test-app.log");
        var sent = EnrolmentBurst.againstTheDemo(dataDir, log, "Kaatuva", 1000, 200, Process::destroyForcibly);
        var accepted = sent.accepted();
        assertThat(accepted.size()).isGreaterThanOrEqualTo(150);

        try (var restarted = VermeApplication.run("--verme.data-dir=" + dataDir, "--verme.embedded.ephemeral=false",
                "--verme.demo.enabled=true", "--server.port=0")) {
            var api = new Api(((WebServerApplicationContext) restarted).getWebServer().getPort());
            EnrolmentBurst.assertKept(api, accepted);
            var roster = api.get(EnrolmentBurst.PATH).json();
            var emails = new ArrayList<String>();
            roster.forEach(entry -> emails.add(entry.get("person").get("email").asText()));
            assertThat(emails).as("nobody twice").doesNotHaveDuplicates();
            assertThat(emails.size() - 50).as("the burst's enrolments in the roster")
                    .isBetween(accepted.size(), sent.attempted());
            System.out.printf("Crash during a burst: %d answered 201 of %d sent before the kill; %d in the roster%n",
                    accepted.size(), sent.attempted(), emails.size() - 50);

            var jdbc = restarted.getBean(JdbcTemplate.class);
            var before = Views.snapshot(jdbc);
            Views.rebuildAll(api.as(TestAccounts.ADMIN, TestAccounts.PASSWORD));
            Views.assertSame(Views.snapshot(jdbc), before);
        }
    }

}
