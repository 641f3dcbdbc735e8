package fi.verme.app;

import static org.assertj.core.api.Assertions.assertThat;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.web.context.WebServerApplicationContext;

/**
 * The database restarts under the application: requests in between get 503 problem+json with
 * {@code Retry-After} (no stack traces) and record nothing; once it is back, the application recovers
 * by itself, without a restart, and its views catch up. Meanwhile readiness says DOWN, so that a load
 * balancer stops sending requests, while liveness stays UP (a restart would not bring the database back).
 */
class DatabaseRestartTest {

    @TempDir
    Path dataDir;

    private static EmbeddedPostgres postgres(Path dataDir, int port) throws IOException {
        return EmbeddedPostgres.builder().setDataDirectory(dataDir).setCleanDataDirectory(false).setPort(port)
                .setServerConfig("timezone", "UTC").setPGStartupWait(Duration.ofSeconds(60)).start();
    }

    @Test
    void requestsDuringARestartGet503ReadinessGoesDownAndTheApplicationRecoversByItself() throws Exception {
        int port = ChildApplication.freePort();
        var database = postgres(dataDir, port);
        try (var application = VermeApplication.run("--spring.datasource.url=jdbc:postgresql://localhost:" + port
                        + "/postgres", "--spring.datasource.username=postgres", "--spring.datasource.password=",
                "--server.port=0", "--verme.demo.enabled=false", "--verme.database.connection-timeout=2s")) {
            int appPort = ((WebServerApplicationContext) application).getWebServer().getPort();
            var api = new Api(appPort);
            var visitor = Api.anonymous(appPort);
            var organiser = Programmes.freshOrganiser();
            Programmes.openCallOpenToday(api, organiser);
            var enrolments = Programmes.path(organiser) + "/enrolments";
            var accepted = new ArrayList<String>();
            for (int i = 0; i < 3; i++) {
                var created = visitor.post(enrolments, Programmes.enrolment("Ennen", "Katkoa" + i, "ennen" + i + "@example.fi"));
                assertThat(created.status()).isEqualTo(201);
                accepted.add(created.json().get("enrolmentId").asText());
            }

            assertThat(visitor.get("/actuator/health/readiness").status()).as("ready").isEqualTo(200);

            database.close();
            var notReady = visitor.get("/actuator/health/readiness");
            assertThat(notReady.status()).as("not ready while the database is down").isEqualTo(503);
            assertThat(notReady.json().get("status").asText()).isEqualTo("DOWN");
            assertThat(visitor.get("/actuator/health/liveness").status()).as("still alive").isEqualTo(200);
            for (int i = 0; i < 3; i++) {
                for (var response : java.util.List.of(
                        visitor.post(enrolments, Programmes.enrolment("Katkon", "Aikana" + i, "aikana" + i + "@example.fi")),
                        api.get(enrolments))) {
                    assertThat(response.status()).as(response.raw().body()).isEqualTo(503);
                    assertThat(response.contentType()).startsWith("application/problem+json");
                    assertThat(response.header("Retry-After")).isNotBlank();
                    assertThat(response.json().get("type").asText()).isEqualTo("urn:verme:problem:database-unavailable");
                    assertThat(response.raw().body()).doesNotContain("Exception", "\tat ");
                }
            }

            database = postgres(dataDir, port);
            long deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
            Api.Response after;
            do {
                Thread.sleep(500);
                after = visitor.post(enrolments, Programmes.enrolment("Jälkeen", "Katkon", "jalkeen@example.fi"));
            } while (after.status() == 503 && System.nanoTime() < deadline);
            assertThat(after.status()).as(after.raw().body()).isEqualTo(201);
            accepted.add(after.json().get("enrolmentId").asText());
            assertThat(visitor.get("/actuator/health/readiness").status()).as("ready again").isEqualTo(200);

            // The views catch up by themselves: the roster holds exactly the accepted enrolments.
            var emails = new ArrayList<String>();
            do {
                emails.clear();
                api.get(enrolments).json().forEach(e -> emails.add(e.get("person").get("email").asText()));
                if (emails.size() < accepted.size()) {
                    Thread.sleep(500);
                }
            } while (emails.size() < accepted.size() && System.nanoTime() < deadline);
            assertThat(emails).containsExactlyInAnyOrder("ennen0@example.fi", "ennen1@example.fi", "ennen2@example.fi",
                    "jalkeen@example.fi");
        } finally {
            database.close();
        }
    }
}
