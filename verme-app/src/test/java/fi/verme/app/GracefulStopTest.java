package fi.verme.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
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
        int port = ChildApplication.freePort();
        var log = new File(dataDir.toFile().getParentFile(), "graceful-stop-test-app.log");
        var process = ChildApplication.start(log, "--verme.data-dir=" + dataDir, "--verme.embedded.ephemeral=false",
                "--verme.demo.enabled=true", "--server.port=" + port);
        var accepted = new ConcurrentHashMap<String, String>();
        var answered = new AtomicInteger();
        var path = "/api/programmes/seinajoki/" + Programmes.SCHOOL_YEAR + "/enrolments";
        var pool = Executors.newFixedThreadPool(8);
        try {
            var api = new Api(port);
            ChildApplication.awaitReady(api, process, log);
            var burst = new ArrayList<Callable<Void>>();
            for (int i = 0; i < 600; i++) {
                int n = i;
                burst.add(() -> {
                    if (!process.isAlive()) {
                        return null;
                    }
                    var email = "pysahtyva" + n + "@example.fi";
                    try {
                        var created = api.post(path, Programmes.enrolment("Pysähtyvä", "Purske" + n, email));
                        if (created.status() == 201) {
                            accepted.put(created.json().get("enrolmentId").asText(), email);
                        }
                        if (answered.incrementAndGet() == 100) {
                            process.destroy(); // SIGTERM, as systemctl stop sends it
                        }
                    } catch (RuntimeException refused) {
                        // the server no longer takes new requests
                    }
                    return null;
                });
            }
            pool.invokeAll(burst);
            ChildApplication.stop(process);
        } finally {
            pool.shutdownNow();
            if (process.isAlive()) {
                process.destroyForcibly().waitFor();
            }
        }
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
            for (var enrolment : accepted.entrySet()) {
                var read = api.get("/api/enrolments/" + enrolment.getKey());
                assertThat(read.status()).as("accepted enrolment " + enrolment.getKey()).isEqualTo(200);
                assertThat(read.json().get("person").get("email").asText()).isEqualTo(enrolment.getValue());
            }
            System.out.printf("Stop during a burst: %d answered 201, all there after the restart%n",
                    accepted.size());
        }
    }
}
