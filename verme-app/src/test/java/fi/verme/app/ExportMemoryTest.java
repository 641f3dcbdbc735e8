package fi.verme.app;

import static org.assertj.core.api.Assertions.assertThat;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The export streams in constant memory: an application with a 160 MB heap exports a programme year of
 * 200,000 events of about 1 KB each (some 250 MB of NDJSON), which it could never hold at once.
 * The views are kept in the writing transaction, so the synthetic events (written past the application) go past
 * them; the audit's index, which streams, runs subscribing here too, so that it does not take them up either.
 */
class ExportMemoryTest {

    static final int EVENTS = 200_000;
    static final List<String> STREAMING_VIEWS = List.of("audit-event-index");

    @TempDir
    Path logDir;

    @Test
    void exportsTwoHundredThousandEventsWithASmallHeap() throws Exception {
        try (var postgres = EmbeddedPostgres.start()) {
            int port;
            try (var socket = new ServerSocket(0)) {
                port = socket.getLocalPort();
            }
            var javaBinary = Path.of(System.getProperty("java.home"), "bin", "java").toString();
            var command = new ArrayList<>(List.of(javaBinary, "-Xmx160m", "-cp", System.getProperty("java.class.path"),
                    "-Daxoniq.update-checker.disabled=true", VermeApplication.class.getName(),
                    "--spring.datasource.url=" + postgres.getJdbcUrl("postgres", "postgres"),
                    "--spring.datasource.username=postgres", "--spring.datasource.password=postgres",
                    "--verme.demo.enabled=false", "--server.port=" + port));
            STREAMING_VIEWS.forEach(view -> command.add("--axon.eventhandling.processors." + view + ".mode=subscribing"));
            var application = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(new File(logDir.toFile(), "export-memory-app.log")).start();
            try {
                var http = HttpClient.newHttpClient();
                awaitReady(http, port, application);
                insertSyntheticYear(new JdbcTemplate(postgres.getPostgresDatabase()));

                var export = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port
                                + "/api/programmes/synteettinen/2026-2027/events"))
                        .headers(Api.basic(TestAccounts.TESTER, TestAccounts.PASSWORD).entrySet().stream()
                                .flatMap(e -> Stream.of(e.getKey(), e.getValue())).toArray(String[]::new))
                        .GET().build(), HttpResponse.BodyHandlers.ofInputStream());
                assertThat(export.statusCode()).isEqualTo(200);
                long[] counted = count(export.body());
                assertThat(counted[0]).isEqualTo(EVENTS);
                assertThat(counted[1]).as("bytes exported").isGreaterThan(200_000_000L);
                assertThat(application.isAlive()).as("the application survived the export").isTrue();
            } finally {
                application.destroy();
                application.waitFor();
            }
        }
    }

    /** A programme year of synthetic events, written straight into the store and its year index. */
    private static void insertSyntheticYear(JdbcTemplate jdbc) {
        jdbc.update("""
                insert into domain_event_entry (event_identifier, aggregate_identifier, sequence_number, type,
                    time_stamp, payload_type, payload_revision, payload, meta_data)
                select 'synthetic-' || i, 'synthetic-' || (i / 100), i % 100, 'Synthetic', '2026-09-01T08:00:00Z',
                    'fi.verme.synthetic.Event', '1',
                    convert_to('{"n":' || i || ',"text":"' || repeat('x', 1000) || '"}', 'UTF8'),
                    convert_to('{"actingUser":"synthetic","correlationId":"c' || i || '"}', 'UTF8')
                from generate_series(1, ?) as i""", EVENTS);
        jdbc.update("""
                insert into app.event_programme (global_index, programme_year)
                select global_index, 'synteettinen/2026-2027' from domain_event_entry
                where payload_type = 'fi.verme.synthetic.Event'""");
    }

    private static long[] count(InputStream body) throws Exception {
        long lines = 0;
        long bytes = 0;
        var buffer = new byte[1 << 16];
        try (body) {
            for (int read; (read = body.read(buffer)) > 0; ) {
                bytes += read;
                for (int i = 0; i < read; i++) {
                    if (buffer[i] == '\n') {
                        lines++;
                    }
                }
            }
        }
        return new long[] {lines, bytes};
    }

    private static void awaitReady(HttpClient http, int port, Process application) throws Exception {
        long deadline = System.nanoTime() + Duration.ofMinutes(2).toNanos();
        while (System.nanoTime() < deadline && application.isAlive()) {
            try {
                var response = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port
                        + "/actuator/health/readiness")).GET().build(), HttpResponse.BodyHandlers.discarding());
                if (response.statusCode() == 200) {
                    return;
                }
            } catch (IOException notYetListening) {
                // still starting
            }
            Thread.sleep(250);
        }
        throw new AssertionError("The application did not start; see export-memory-app.log");
    }
}
