package fi.verme.app;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

/** The application as its own process (so that a test can kill it outright), on the test class path. */
final class ChildApplication {

    private ChildApplication() {
    }

    /** A PostgreSQL of their own for instances started as processes, in UTC as the application expects. */
    static EmbeddedPostgres database() throws IOException {
        return EmbeddedPostgres.builder().setServerConfig("timezone", "UTC").setPGStartupWait(Duration.ofSeconds(60))
                .start();
    }

    /** A connection to that database for the test's own reading. */
    static JdbcTemplate reader(EmbeddedPostgres database) {
        return new JdbcTemplate(new SingleConnectionDataSource(database.getJdbcUrl("postgres", "postgres"), "postgres",
                "", true));
    }

    static int freePort() throws IOException {
        try (var socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    /**
     * The JVM of a test's process compiles with C1 alone: the process lives for seconds, and on two cores the
     * optimising compiler's work for a code it never runs long was most of the processor its start-up took
     * (FirstAdminTest, twelve processes: 85 s with it, 56 s without). A benchmark gives its own options instead.
     */
    static final List<String> SHORT_LIVED = List.of("-XX:TieredStopAtLevel=1");

    /** Starts the application with these arguments; its output goes to {@code log}. */
    static Process start(File log, String... arguments) throws IOException {
        return start(log, SHORT_LIVED, Map.of(), arguments);
    }

    /** The same, with these options for the JVM instead (a benchmark's: a GC log and the compilers it runs with). */
    static Process start(File log, List<String> jvmOptions, String... arguments) throws IOException {
        return start(log, jvmOptions, Map.of(), arguments);
    }

    /** The same, with these environment variables besides the test's own (VERME_*, as an operator sets them). */
    static Process start(File log, Map<String, String> environment, String... arguments) throws IOException {
        return start(log, SHORT_LIVED, environment, arguments);
    }

    private static Process start(File log, List<String> jvmOptions, Map<String, String> environment,
                                 String... arguments) throws IOException {
        return start(log, null, jvmOptions, environment, arguments);
    }

    /** The same, with one more class path entry in front of the test's own (another release's classes, say). */
    static Process startWith(Path classes, File log, String... arguments) throws IOException {
        return start(log, classes, SHORT_LIVED, Map.of(), arguments);
    }

    private static Process start(File log, Path classes, List<String> jvmOptions, Map<String, String> environment,
                                 String... arguments) throws IOException {
        var command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx512m"));
        command.addAll(jvmOptions);
        var classPath = System.getProperty("java.class.path");
        if (classes != null) {
            classPath = classes + File.pathSeparator + classPath;
        }
        command.addAll(List.of("-cp", classPath, "-Daxoniq.update-checker.disabled=true",
                VermeApplication.class.getName()));
        command.addAll(List.of(arguments));
        var process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log);
        process.environment().putAll(environment);
        return process.start();
    }

    /**
     * Runs the application's main class with these arguments as a command (java -jar verme-app.jar admin …),
     * to its end; answers its exit status, its output in {@code log}.
     */
    static int command(File log, String... arguments) throws IOException, InterruptedException {
        var process = start(log, arguments);
        if (!process.waitFor(3, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            throw new AssertionError("The command did not end; see " + log);
        }
        return process.exitValue();
    }

    /** Stops the application as its service manager would (SIGTERM), and waits until it has. */
    static void stop(Process process) throws InterruptedException {
        process.destroy();
        if (!process.waitFor(2, TimeUnit.MINUTES)) {
            process.destroyForcibly().waitFor();
        }
    }

    /**
     * Waits until the application answers ready (after its start-up tasks and the views' catch-up). It asks
     * with no credentials: the tests' accounts are created during start-up, and asking as one of them
     * before it exists would count as wrong passwords and lock it (LoginThrottle).
     */
    static void awaitReady(Api api, Process process, File log) throws InterruptedException {
        awaitReady(api, process, log, Duration.ofMinutes(2));
    }

    static void awaitReady(Api api, Process process, File log, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        var probe = api.anonymous();
        while (System.nanoTime() < deadline && process.isAlive()) {
            try {
                if (probe.get("/actuator/health/readiness").status() == 200) {
                    return;
                }
            } catch (RuntimeException notYetListening) {
                // the server is still starting
            }
            Thread.sleep(250);
        }
        // The log usually lives in a temporary directory that goes with the test: its end comes with the failure.
        throw new AssertionError("The application did not start (" + (process.isAlive() ? "still starting"
                : "exited with " + process.exitValue()) + "); the end of its log, " + log + ":\n" + tail(log, 60));
    }

    private static String tail(File log, int lines) {
        try {
            var all = Files.readAllLines(log.toPath());
            return String.join("\n", all.subList(Math.max(0, all.size() - lines), all.size()));
        } catch (IOException | UncheckedIOException unreadable) {
            return "(unreadable: " + unreadable + ")";
        }
    }
}
