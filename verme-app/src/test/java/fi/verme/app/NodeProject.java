package fi.verme.app;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;

/**
 * A Node.js project in the test sources (a package.json and its lock file), for the tests that run tools from
 * the npm registry: the OpenID provider, Redocly and the TypeScript compiler. Without Node.js such a test is
 * skipped locally and fails in CI, where {@code .ci/run} installs Debian's {@code nodejs} and {@code npm}.
 */
final class NodeProject {

    private NodeProject() {
    }

    /**
     * Skips the calling test when Node.js is missing ({@code skipped} says what is skipped), or fails it in CI. From
     * a Spring test, call it from a static {@code @BeforeAll}, which runs before the context loads.
     */
    static void require(String skipped) {
        boolean installed = runs("node", "--version") && runs("npm", "--version");
        if (!installed && "true".equals(System.getenv("CI"))) {
            throw new IllegalStateException("Node.js (node and npm) is missing: .ci/run installs Debian's nodejs and npm");
        }
        if (!installed) {
            // Surefire does not show why a whole class was skipped, so say it here too.
            var why = "Node.js is not installed (Debian: apt-get install nodejs npm): " + skipped;
            System.err.println("[WARNING] " + why);
            Assumptions.abort(why);
        }
    }

    /** {@code npm ci} when node_modules is missing or older than the lock file: the exact versions locked. */
    static synchronized void install(Path directory) {
        var lock = directory.resolve("package-lock.json");
        var installed = directory.resolve("node_modules").resolve(".package-lock.json");
        try {
            if (Files.exists(installed)
                    && Files.getLastModifiedTime(installed).compareTo(Files.getLastModifiedTime(lock)) >= 0) {
                return;
            }
            var npm = new ProcessBuilder("npm", "ci", "--no-audit", "--no-fund", "--loglevel=error")
                    .directory(directory.toFile()).redirectErrorStream(true).start();
            var said = new String(npm.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!npm.waitFor(5, TimeUnit.MINUTES) || npm.exitValue() != 0) {
                throw new IllegalStateException("npm ci failed in " + directory + ":\n" + said);
            }
        } catch (IOException e) {
            throw new IllegalStateException("npm ci could not run in " + directory, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static boolean runs(String... command) {
        try {
            var process = new ProcessBuilder(command).redirectErrorStream(true).start();
            process.getInputStream().readAllBytes();
            return process.waitFor(30, TimeUnit.SECONDS) && process.exitValue() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
