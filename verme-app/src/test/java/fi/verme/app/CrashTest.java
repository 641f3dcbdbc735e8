package fi.verme.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
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
        int port = ChildApplication.freePort();
        var log = new File(dataDir.toFile().getParentFile(), "crash-test-app.log");
        var process = ChildApplication.start(log, "--verme.data-dir=" + dataDir, "--verme.embedded.ephemeral=false",
                "--verme.demo.enabled=true", "--server.port=" + port);
        var accepted = new ConcurrentHashMap<String, String>();
        var attempted = new AtomicInteger();
        var answered = new AtomicInteger();
        var path = "/api/programmes/seinajoki/" + Programmes.SCHOOL_YEAR + "/enrolments";
        var pool = Executors.newFixedThreadPool(8);
        try {
            var api = new Api(port);
            ChildApplication.awaitReady(api, process, log);
            var burst = new ArrayList<Callable<Void>>();
            for (int i = 0; i < 1000; i++) {
                int n = i;
                burst.add(() -> {
                    if (!process.isAlive()) {
                        return null;
                    }
                    attempted.incrementAndGet();
                    var email = "kaatuva" + n + "@example.fi";
                    try {
                        var created = api.post(path, Programmes.enrolment("Kaatuva", "Purske" + n, email));
                        if (created.status() == 201) {
                            accepted.put(created.json().get("enrolmentId").asText(), email);
                        }
                        if (answered.incrementAndGet() == 200) {
                            process.destroyForcibly();
                        }
                    } catch (RuntimeException connectionLost) {
                        // the server died under this request: its fate is unknown to the client
                    }
                    return null;
                });
            }
            pool.invokeAll(burst);
        } finally {
            pool.shutdownNow();
            process.destroyForcibly().waitFor();
        }
        assertThat(accepted.size()).isGreaterThanOrEqualTo(150);

        try (var restarted = VermeApplication.run("--verme.data-dir=" + dataDir, "--verme.embedded.ephemeral=false",
                "--verme.demo.enabled=true", "--server.port=0")) {
            var api = new Api(((WebServerApplicationContext) restarted).getWebServer().getPort());
            for (var enrolment : accepted.entrySet()) {
                var read = api.get("/api/enrolments/" + enrolment.getKey());
                assertThat(read.status()).as("accepted enrolment " + enrolment.getKey()).isEqualTo(200);
                assertThat(read.json().get("person").get("email").asText()).isEqualTo(enrolment.getValue());
            }
            var roster = api.get(path).json();
            var emails = new ArrayList<String>();
            roster.forEach(entry -> emails.add(entry.get("person").get("email").asText()));
            assertThat(emails).as("nobody twice").doesNotHaveDuplicates();
            assertThat(emails.size() - 50).as("the burst's enrolments in the roster")
                    .isBetween(accepted.size(), attempted.get());
            System.out.printf("Crash during a burst: %d answered 201 of %d sent before the kill; %d in the roster%n",
                    accepted.size(), attempted.get(), emails.size() - 50);

            var jdbc = restarted.getBean(JdbcTemplate.class);
            var before = Views.snapshot(jdbc);
            Views.rebuildAll(api.as(TestAccounts.ADMIN, TestAccounts.PASSWORD));
            Views.assertSame(Views.snapshot(jdbc), before);
        }
    }

}
