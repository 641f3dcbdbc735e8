package fi.verme.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.web.context.WebServerApplicationContext;

/**
 * The application stopped as its service manager stops it (SIGTERM) in the middle of a burst of enrolments, on
 * its embedded database: what it was doing ends before the database does, the database stops with it, and every
 * enrolment answered 201 is there after the next start. The counterpart of {@link CrashTest}'s kill.
 */
class GracefulStopTest {

    /** What the log shows when something still used the database after its server had stopped. */
    private static final String[] DATABASE_GONE = {"This connection has been closed", "Connection refused",
        "Connection is not available", "marked as broken", "Failed to read events", "Timed out during shutdown phase"};

    @TempDir
    Path dataDir;

    @Test
    void aStopDuringABurstEndsTheWorkBeforeTheDatabaseAndKeepsWhatWasAccepted() throws Exception {
        var log = new File(dataDir.toFile().getParentFile(), "graceful-stop-test-app.log");
        // SIGTERM at the 100th answer, as systemctl stop sends it
        var sent = EnrolmentBurst.againstTheDemo(dataDir, log, "Pysähtyvä", 600, 100, Process::destroy);
        var accepted = sent.accepted();
        assertThat(accepted).hasSizeGreaterThanOrEqualTo(90);

        var output = Files.readString(log.toPath());
        var stopping = output.substring(Math.max(0, output.indexOf("Commencing graceful shutdown")));
        assertThat(stopping).as("the log of the stop, " + log).contains("server stopped")
                .doesNotContain(DATABASE_GONE);
        assertThat(dataDir.resolve("postmaster.pid")).as("the embedded server stopped with the application")
                .doesNotExist();

        try (var restarted = VermeApplication.run("--verme.data-dir=" + dataDir, "--verme.embedded.ephemeral=false",
                "--verme.demo.enabled=true", "--server.port=0")) {
            var api = new Api(((WebServerApplicationContext) restarted).getWebServer().getPort());
            EnrolmentBurst.assertKept(api, accepted);
            System.out.printf("Stop during a burst: %d answered 201, all there after the restart%n",
                    accepted.size());
        }
    }
}
