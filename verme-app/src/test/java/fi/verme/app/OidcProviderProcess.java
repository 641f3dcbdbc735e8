package fi.verme.app;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;

/**
 * An OpenID provider as its own process: panva's {@code oidc-provider} (OpenID Certified), run by Node
 * from {@code src/test/oidc-provider} on a loopback port the system chooses. Its npm dependencies are
 * installed with {@code npm ci} from the lock file when they are missing or older than it. Without Node
 * the tests that need it are skipped locally; in CI ({@code CI=true}, where {@code .ci/run} installs
 * Debian's {@code nodejs} and {@code npm}) they fail instead, so a missing provider never passes silently.
 */
final class OidcProviderProcess implements AutoCloseable {

    static final Path DIRECTORY = Path.of("src", "test", "oidc-provider");
    private static final Pattern LISTENING = Pattern.compile("oidc-provider listening at (http://\\S+)");
    private static final Duration START = Duration.ofSeconds(30);

    private final Process process;
    private final String issuer;
    private final List<String> output;

    private OidcProviderProcess(Process process, String issuer, List<String> output) {
        this.process = process;
        this.issuer = issuer;
        this.output = output;
    }

    /**
     * Starts a provider with the configuration {@code provider.js} reads from its environment (client,
     * redirect URIs, accounts) and returns once its discovery document answers.
     */
    static OidcProviderProcess start(Map<String, String> environment) {
        requireNode();
        NodeProject.install(DIRECTORY);
        var builder = new ProcessBuilder("node", "provider.js").directory(DIRECTORY.toFile()).redirectErrorStream(true);
        builder.environment().putAll(environment);
        Process process;
        try {
            process = builder.start();
        } catch (IOException e) {
            throw new IllegalStateException("could not start node provider.js", e);
        }
        var stop = new Thread(process::destroyForcibly);
        Runtime.getRuntime().addShutdownHook(stop);
        var output = java.util.Collections.synchronizedList(new ArrayList<String>());
        var issuer = new CompletableFuture<String>();
        var reader = new Thread(() -> {
            try (var lines = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                String line;
                while ((line = lines.readLine()) != null) {
                    output.add(line);
                    var listening = LISTENING.matcher(line);
                    if (listening.find()) {
                        issuer.complete(listening.group(1));
                    }
                }
            } catch (IOException ignored) {
                // The process ended.
            }
            issuer.complete(null);
        }, "oidc-provider-output");
        reader.setDaemon(true);
        reader.start();
        String url;
        try {
            url = issuer.get(START.toSeconds(), TimeUnit.SECONDS);
        } catch (Exception e) {
            url = null;
        }
        var started = new OidcProviderProcess(process, url, output);
        if (url == null || !started.discoveryAnswers()) {
            started.close();
            throw new IllegalStateException("the OpenID provider did not start; it said:\n" + String.join("\n", output));
        }
        return started;
    }

    String issuer() {
        return issuer;
    }

    /** What the provider printed, for a failure's message. */
    String output() {
        return String.join("\n", output);
    }

    private boolean discoveryAnswers() {
        var http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        var request = HttpRequest.newBuilder(URI.create(issuer + "/.well-known/openid-configuration"))
                .timeout(Duration.ofSeconds(5)).build();
        long deadline = System.nanoTime() + START.toNanos();
        while (System.nanoTime() < deadline && process.isAlive()) {
            try {
                var response = http.send(request, HttpResponse.BodyHandlers.ofString());
                if (response.statusCode() == 200 && response.body().contains("\"issuer\":\"" + issuer + "\"")) {
                    return true;
                }
            } catch (IOException e) {
                // Not listening yet.
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
            sleep(100);
        }
        return false;
    }

    @Override
    public void close() {
        process.destroy();
        try {
            if (!process.waitFor(5, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }

    /**
     * Skips the calling test class when Node.js is missing, or fails it in CI. Call it from a static
     * {@code @BeforeAll}, which runs before Spring loads the context (an assumption that fails while the
     * context loads would be reported as an error, not a skip).
     */
    static void requireNode() {
        NodeProject.require("the tests against a real OpenID provider are skipped");
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
