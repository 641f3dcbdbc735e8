package fi.verme.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.web.context.WebServerApplicationContext;

/**
 * An accepted enrolment survives the application being killed outright: the answered write was
 * durable, and the next start takes over the data directory from the server the dead process left.
 */
class CrashTest {

    @TempDir
    Path dataDir;

    @Test
    void acceptedEnrolmentSurvivesAKilledApplication() throws Exception {
        int port;
        try (var socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        var java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        var process = new ProcessBuilder(List.of(java, "-cp", System.getProperty("java.class.path"),
                "-Daxoniq.update-checker.disabled=true", VermeApplication.class.getName(),
                "--verme.data-dir=" + dataDir, "--verme.embedded.ephemeral=false", "--verme.demo.enabled=true",
                "--server.port=" + port))
                .redirectErrorStream(true)
                .redirectOutput(new File(dataDir.toFile().getParentFile(), "crash-test-app.log"))
                .start();
        String enrolmentId;
        try {
            var api = new Api(port);
            awaitStarted(api, process);
            var created = api.post("/api/programmes/seinajoki/" + Programmes.SCHOOL_YEAR + "/enrolments",
                    Programmes.enrolment("Kaatuva", "Äärimmäinen", "crash@example.fi"));
            assertThat(created.status()).isEqualTo(201);
            enrolmentId = created.json().get("enrolmentId").asText();
        } finally {
            process.destroyForcibly().waitFor();
        }

        try (var restarted = VermeApplication.run("--verme.data-dir=" + dataDir, "--verme.embedded.ephemeral=false",
                "--verme.demo.enabled=true", "--server.port=0")) {
            var api = new Api(((WebServerApplicationContext) restarted).getWebServer().getPort());
            var enrolment = api.get("/api/enrolments/" + enrolmentId);
            assertThat(enrolment.status()).isEqualTo(200);
            assertThat(enrolment.json().get("person").get("lastName").asText()).isEqualTo("Äärimmäinen");
            assertThat(api.get("/api/programmes/seinajoki/" + Programmes.SCHOOL_YEAR + "/enrolments").json())
                    .hasSize(51);
        }
    }

    private static void awaitStarted(Api api, Process process) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofMinutes(2).toNanos();
        while (System.nanoTime() < deadline && process.isAlive()) {
            try {
                if (api.get("/actuator/health/readiness").status() == 200) {
                    return;
                }
            } catch (RuntimeException notYetListening) {
                // the server is still starting
            }
            Thread.sleep(250);
        }
        throw new AssertionError("The application did not start; see crash-test-app.log beside the data directory");
    }
}
