package fi.verme.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Stream;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The rolling upgrade of docs/operations.md, with two application processes on one PostgreSQL: both run
 * release 1; instance B is upgraded to release 2 (a migration and an upcaster, from
 * {@code src/test/rolling-upgrade}) while A keeps answering; A, still release 1, restarts on the migrated
 * database; then A is upgraded too. Throughout, every request to a running instance is answered and every
 * accepted enrolment is in the views exactly once; release 2 reads release 1's events through its upcaster,
 * and release 1 reads release 2's (an added field it does not know) without stopping its processors.
 */
class RollingUpgradeTest {

    private static final Path RELEASES = Path.of("src/test/rolling-upgrade");

    @TempDir
    static Path compiled;
    @TempDir
    Path logs;

    /** Each release's classes, compiled against the application's, with its migrations beside them. */
    @BeforeAll
    static void compileTheReleases() throws IOException {
        for (var release : List.of("release-1", "release-2")) {
            var source = RELEASES.resolve(release);
            var target = compiled.resolve(release);
            List<String> files;
            try (var walk = Files.walk(source)) {
                files = walk.filter(Files::isRegularFile).map(Path::toString).filter(f -> f.endsWith(".java")).toList();
            }
            var arguments = new ArrayList<>(List.of("-d", target.toString(), "-cp",
                    System.getProperty("java.class.path"), "--release", "17", "-parameters"));
            arguments.addAll(files);
            assertThat(ToolProvider.getSystemJavaCompiler().run(null, null, null, arguments.toArray(String[]::new)))
                    .as("compiling " + release).isZero();
            try (var walk = Files.walk(source.resolve("db"))) {
                walk.filter(Files::isRegularFile).forEach(file -> copy(file, target.resolve(source.relativize(file))));
            }
        }
    }

    private static void copy(Path file, Path to) {
        try {
            Files.createDirectories(to.getParent());
            Files.copy(file, to);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Process instance(String release, String name, String url, int port) throws IOException {
        var log = log(name, release);
        if (log.exists()) {
            log = log(name, release + "-again");
        }
        return ChildApplication.startWith(compiled.resolve(release), log,
                "--spring.datasource.url=" + url, "--spring.datasource.username=postgres",
                "--spring.datasource.password=", "--verme.demo.enabled=false", "--server.port=" + port,
                "--probe.instance=" + name + "-" + release);
    }

    private File log(String name, String release) {
        return logs.resolve(name + "-" + release + ".log").toFile();
    }

    @Test
    void oneInstanceIsUpgradedWhileTheOtherServesThenTheOther() throws Exception {
        try (var database = ChildApplication.database()) {
            var url = database.getJdbcUrl("postgres", "postgres");
            var jdbc = ChildApplication.reader(database);
            int portA = ChildApplication.freePort();
            int portB = ChildApplication.freePort();
            var apiA = new Api(portA);
            var apiB = new Api(portB);
            var a = instance("release-1", "a", url, portA);
            var b = (Process) null;
            var traffics = new ArrayList<Traffic>();
            try {
                ChildApplication.awaitReady(apiA, a, log("a", "release-1"));
                b = instance("release-1", "b", url, portB);
                ChildApplication.awaitReady(apiB, b, log("b", "release-1"));
                var organiser = Programmes.freshOrganiser();
                Programmes.openCallOpenToday(apiA, organiser);
                var path = Programmes.path(organiser) + "/enrolments";

                // B is upgraded while A answers: B stops, release 2 starts on B's port and migrates.
                traffics.add(new Traffic(apiA, path, "a"));
                ChildApplication.stop(b);
                b = instance("release-2", "b", url, portB);
                ChildApplication.awaitReady(apiB, b, log("b", "release-2"));
                traffics.get(0).stop();
                assertThat(jdbc.queryForList("select version from app.flyway_schema_history where success",
                        String.class)).as("release 2 migrated while release 1 ran").contains("9000", "9001");
                assertThat(apiB.post(path, Programmes.enrolment("Uusi", "Versio", "uusi@example.fi")).status())
                        .as("release 2 writes").isEqualTo(201);
                assertThat(apiA.post(path, Programmes.enrolment("Vanha", "Versio", "vanha@example.fi")).status())
                        .as("release 1 writes to the migrated database").isEqualTo(201);

                // A restarts as release 1 (a crash in the middle of the upgrade, say): the migration it does
                // not know is no reason to stop, and it reads release 2's events.
                ChildApplication.stop(a);
                a = instance("release-1", "a", url, portA);
                ChildApplication.awaitReady(apiA, a, log("a", "release-1-again"));
                awaitRows(jdbc, "app.upgrade_probe", 4);

                // A is upgraded too, while B answers.
                traffics.add(new Traffic(apiB, path, "b"));
                ChildApplication.stop(a);
                a = instance("release-2", "a", url, portA);
                ChildApplication.awaitReady(apiA, a, log("a", "release-2"));
                traffics.get(1).stop();

                awaitRows(jdbc, "app.upgrade_probe_2", 5);
                assertThat(jdbc.queryForList("select instance || ' ' || language from app.upgrade_probe_2",
                        String.class)).as("release 2 reads release 1's events in its own shape")
                        .containsExactlyInAnyOrder("a-release-1 fi", "b-release-1 fi", "b-release-2 sv",
                                "a-release-1 fi", "a-release-2 sv");
                assertThat(jdbc.queryForList("select instance from app.upgrade_probe", String.class))
                        .as("release 1 read release 2's event, whose added field it does not know")
                        .contains("b-release-2");

                for (var traffic : traffics) {
                    assertThat(traffic.accepted).as("requests went on during the upgrade").isNotEmpty();
                    assertThat(traffic.failures).as("every request to the running instance was answered").isEmpty();
                }
                var emails = new ArrayList<String>();
                long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
                do {
                    emails.clear();
                    apiA.get(path).json().forEach(e -> emails.add(e.get("person").get("email").asText()));
                    Thread.sleep(emails.size() < accepted(jdbc) ? 250 : 0);
                } while (emails.size() < accepted(jdbc) && System.nanoTime() < deadline);
                assertThat(emails).as("every accepted enrolment is in the view exactly once").doesNotHaveDuplicates()
                        .hasSize((int) accepted(jdbc));
                for (var upgraded : List.of(log("a", "release-2"), log("b", "release-2"))) {
                    assertThat(upgraded).content().as("no error logged (a processor that stopped, say)")
                            .doesNotContainPattern("Z +ERROR ");
                }
            } finally {
                for (var traffic : traffics) {
                    traffic.stop();
                }
                for (var instance : Stream.of(a, b).filter(p -> p != null).toList()) {
                    instance.destroyForcibly().waitFor();
                }
            }
        }
    }

    private static long accepted(JdbcTemplate jdbc) {
        return jdbc.queryForObject(
                "select count(*) from domain_event_entry where payload_type like '%EnrolmentSubmitted'", Long.class);
    }

    private static void awaitRows(JdbcTemplate jdbc, String table, int rows) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (jdbc.queryForObject("select count(*) from " + table, Long.class) < rows) {
            assertThat(System.nanoTime()).as(table + " never had " + rows + " rows").isLessThan(deadline);
            Thread.sleep(250);
        }
    }

    /** Enrolments sent to one instance, one after another, until stopped: what was accepted, and what failed. */
    private static final class Traffic {

        final Map<String, String> accepted = new ConcurrentHashMap<>();
        final List<String> failures = new ArrayList<>();
        private final AtomicBoolean running = new AtomicBoolean(true);
        private final Thread thread;

        Traffic(Api api, String path, String name) {
            thread = new Thread(() -> {
                for (int i = 0; running.get(); i++) {
                    var email = name + i + "-" + System.nanoTime() + "@example.fi";
                    try {
                        var created = api.post(path, Programmes.enrolment("Liikenne", name + i, email));
                        if (created.status() == 201) {
                            accepted.put(created.json().get("enrolmentId").asText(), email);
                        } else {
                            failures.add(created.status() + " " + created.raw().body());
                        }
                    } catch (RuntimeException e) {
                        failures.add(e.toString());
                    }
                    pause();
                }
            });
            thread.start();
        }

        private static void pause() {
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }

        void stop() throws InterruptedException {
            running.set(false);
            thread.join();
        }
    }
}
