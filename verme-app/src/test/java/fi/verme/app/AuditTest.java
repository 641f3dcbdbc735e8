package fi.verme.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import fi.verme.app.access.AccessRole;
import fi.verme.app.access.Grant;
import fi.verme.app.access.UserAccounts;
import fi.verme.verifier.Checkpoint;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * An auditor exports the demo year and verifies it against a signed checkpoint on their own machine;
 * after one payload byte is changed and another event deleted directly in PostgreSQL, the verifier
 * names both.
 */
// Its own application and database: the test edits events directly, which no other test should see. The hash
// chain goes 7 events a batch, so the demo's years are chained over many batches, each going on from the last.
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"verme.demo.enabled=true", "spring.application.name=verme-audit-test",
                "verme.audit.chain-batch=7"})
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class AuditTest {

    static final ObjectMapper JSON = new ObjectMapper();

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    UserAccounts users;
    @TempDir
    Path auditorsMachine;

    @Test
    void theTimelineCountsTheExportsEventsByMonthAndKindAndNamesTheLatest() throws Exception {
        users.save("audit-timeline", TestAccounts.PASSWORD, "Tarkastaja", null, null, null, true);
        users.setGrants("audit-timeline", List.of(new Grant(AccessRole.AUDITOR, "seinajoki")));
        var auditor = new Api(port).as("audit-timeline", TestAccounts.PASSWORD);
        var year = "/api/programmes/seinajoki/" + Programmes.SCHOOL_YEAR;
        var timeline = auditor.get(year + "/timeline");
        assertThat(timeline.status()).as(timeline.raw().body()).isEqualTo(200);
        var exported = auditor.get(year + "/events").raw().body().lines().map(line -> {
            try {
                return JSON.readTree(line).get("type").asText();
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }).map(type -> type.substring(type.lastIndexOf('.') + 1)).toList();
        var body = timeline.json();
        long counted = 0;
        for (var month : body.get("months")) {
            long sum = 0;
            for (var type : month.get("byType")) {
                sum += type.get("count").asLong();
                assertThat(exported).as("each kind is one of the export's").contains(type.get("type").asText());
            }
            assertThat(month.get("events").asLong()).isEqualTo(sum);
            counted += sum;
        }
        assertThat(body.get("events").asLong()).isEqualTo(counted).isEqualTo(exported.size());
        assertThat(body.get("months").get(0).get("byType").findValuesAsText("type")).contains("EnrolmentCallOpened");
        var latest = body.get("recent").get(0);
        assertThat(exported.get(exported.size() - 1)).isEqualTo(latest.get("type").asText());
        assertThat(body.get("recent").size()).isLessThanOrEqualTo(50);
        assertThat(body.findValuesAsText("actingUser")).contains("demo-data");

        var coordinator = Programmes.personApi(new Api(port), users, null, AccessRole.COORDINATOR, "seinajoki");
        assertThat(coordinator.get(year + "/timeline").status()).isEqualTo(403);
    }

    @Test
    void everyEventOfTheYearIsListedAPageAtATimeWithWhoCausedItAndUnderWhichRequest() throws Exception {
        users.save("audit-events", TestAccounts.PASSWORD, "Tarkastaja", null, null, null, true);
        users.setGrants("audit-events", List.of(new Grant(AccessRole.AUDITOR, "seinajoki")));
        var auditor = new Api(port).as("audit-events", TestAccounts.PASSWORD);
        var year = "/api/programmes/seinajoki/" + Programmes.SCHOOL_YEAR;
        var export = auditor.get(year + "/events").raw().body().lines().toList();

        var first = auditor.get(year + "/timeline/events?page=1&size=10");
        assertThat(first.status()).as(first.raw().body()).isEqualTo(200);
        assertThat(first.raw().headers().firstValue("X-Total-Count")).hasValue(String.valueOf(export.size()));
        assertThat(first.json()).hasSize(10);
        var opened = JSON.readTree(export.get(0));
        var row = first.json().get(0);
        assertThat(row.get("position").asLong()).isEqualTo(opened.get("position").asLong());
        assertThat(row.get("type").asText()).isEqualTo("EnrolmentCallOpened");
        assertThat(row.get("actingUser").asText()).isEqualTo("demo-data");
        assertThat(row.get("correlationId").asText()).isEqualTo(opened.get("correlationId").asText());

        var newestFirst = auditor.get(year + "/timeline/events?sort=position,desc&page=1&size=1").json().get(0);
        assertThat(newestFirst.get("position").asLong())
                .isEqualTo(JSON.readTree(export.get(export.size() - 1)).get("position").asLong());

        var ofAKind = auditor.get(year + "/timeline/events?type=EnrolmentSubmitted&page=1&size=200").json();
        assertThat(ofAKind).isNotEmpty().allMatch(event -> event.get("type").asText().equals("EnrolmentSubmitted"));
        assertThat(ofAKind.size()).isEqualTo((int) export.stream()
                .filter(line -> line.contains("\"type\":\"fi.verme.enrolment.api.EnrolmentSubmitted\"")).count());

        var byRequest = auditor.get(year + "/timeline/events?q=" + opened.get("correlationId").asText()).json();
        assertThat(byRequest).isNotEmpty()
                .allMatch(event -> event.get("correlationId").asText().equals(opened.get("correlationId").asText()));

        var wrongKind = auditor.get(year + "/timeline/events?type=Enrolment%27Submitted");
        assertThat(wrongKind.status()).isEqualTo(400);
        assertThat(wrongKind.raw().body()).contains("type");
        assertThat(auditor.get(year + "/timeline/events?sort=time").status()).isEqualTo(400);
    }

    @Test
    @Order(Integer.MAX_VALUE) // it edits the year's events in the database: the other tests read them first
    void theExportVerifiesAgainstAKeptCheckpointUntilSomeoneEditsTheDatabase() throws Exception {
        users.save("audit-test", TestAccounts.PASSWORD, "Tarkastaja", null, null, null, true);
        users.setGrants("audit-test", List.of(new Grant(AccessRole.AUDITOR, "seinajoki")));
        var auditor = new Api(port).as("audit-test", TestAccounts.PASSWORD);
        var year = "/api/programmes/seinajoki/" + Programmes.SCHOOL_YEAR;

        var checkpoint = auditor.get(year + "/checkpoint");
        assertThat(checkpoint.status()).as(checkpoint.raw().body()).isEqualTo(200);
        var checkpointFile = auditorsMachine.resolve("checkpoint.json");
        Files.writeString(checkpointFile, checkpoint.raw().body());
        var kept = JSON.readValue(checkpoint.raw().body(), Checkpoint.class);
        assertThat(kept.count()).isGreaterThan(100);

        var export = auditor.get(year + "/events");
        assertThat(export.status()).isEqualTo(200);
        assertThat(export.contentType()).startsWith("application/x-ndjson");
        var lines = export.raw().body().lines().toList();
        assertThat(lines).hasSizeGreaterThanOrEqualTo((int) kept.count());
        var first = JSON.readTree(lines.get(0));
        assertThat(first.get("type").asText()).isEqualTo("fi.verme.enrolment.api.EnrolmentCallOpened");
        assertThat(first.get("actingUser").asText()).isEqualTo("demo-data");
        long previous = -1;
        for (var line : lines) {
            long position = JSON.readTree(line).get("position").asLong();
            assertThat(position).isGreaterThan(previous);
            previous = position;
        }
        var exportFile = auditorsMachine.resolve("events.ndjson");
        Files.writeString(exportFile, export.raw().body(), StandardCharsets.UTF_8);
        assertThat(ExternalPostgresTest.verify(auditor, exportFile, kept)).isEmpty();

        // An event stored after the checkpoint: the whole export has a line the checkpoint does not cover, which
        // the verifier names; the export up to the checkpoint's position is intact.
        assertThat(new Api(port).put(year + "/group-size-rule", Map.of("minSize", 4, "maxSize", 8)).status())
                .isEqualTo(200);
        var whole = auditorsMachine.resolve("events-whole.ndjson");
        Files.writeString(whole, auditor.get(year + "/events").raw().body(), StandardCharsets.UTF_8);
        assertThat(ExternalPostgresTest.verify(auditor, whole, kept)).singleElement().asString()
                .startsWith("after: line " + (lines.size() + 1) + ", at position ");
        var upToIt = auditorsMachine.resolve("events-through.ndjson");
        Files.writeString(upToIt, auditor.get(year + "/events?through=" + kept.position()).raw().body(),
                StandardCharsets.UTF_8);
        assertThat(Files.readAllLines(upToIt)).isEqualTo(lines);
        assertThat(ExternalPostgresTest.verify(auditor, upToIt, kept)).isEmpty();
        for (var through : List.of("-1", "x", "1e3")) {
            var refused = auditor.get(year + "/events?through=" + through);
            assertThat(refused.status()).as(through).isEqualTo(400);
            assertThat(refused.json().at("/errors/0/field").asText()).as(through).isEqualTo("through");
        }

        // Someone with database access edits one event's payload and deletes another.
        var edited = JSON.readTree(lines.get(10)).get("position").asLong();
        var deleted = JSON.readTree(lines.get(20)).get("position").asLong();
        jdbc.update("update domain_event_entry set payload = overlay(payload placing '\\x41'::bytea from 12 for 1) "
                + "where global_index = ?", edited);
        jdbc.update("delete from domain_event_entry where global_index = ?", deleted);

        var tampered = auditorsMachine.resolve("events-later.ndjson");
        Files.writeString(tampered, auditor.get(year + "/events").raw().body(), StandardCharsets.UTF_8);
        var findings = ExternalPostgresTest.verify(auditor, tampered, JSON.readValue(checkpointFile.toFile(), Checkpoint.class));
        assertThat(findings).anyMatch(f -> f.startsWith("changed: position " + edited + " "));
        assertThat(findings).anyMatch(f -> f.startsWith("removed: the event at position " + deleted + ","));

        var forged = new Checkpoint(kept.programmeYear(), kept.position(), kept.link(), kept.count() + 1, kept.time(),
                kept.publicKey(), kept.signature());
        assertThat(ExternalPostgresTest.verify(auditor, exportFile, forged)).anyMatch(f -> f.contains("signature does not hold"));
    }

    @Test
    void theAuditorVerifiesTheExportWithTheStandAloneVerifierOnTheirOwnMachine() throws Exception {
        users.save("audit-jar", TestAccounts.PASSWORD, "Tarkastaja", null, null, null, true);
        users.setGrants("audit-jar", List.of(new Grant(AccessRole.AUDITOR, "seinajoki")));
        var auditor = new Api(port).as("audit-jar", TestAccounts.PASSWORD);
        var year = "/api/programmes/seinajoki/" + Programmes.SCHOOL_YEAR;
        var download = auditor.download("/api/audit/verifier.jar");
        if (download.statusCode() == 404 && !"true".equals(System.getenv("CI"))) {
            Assumptions.abort("the verifier jar is packaged by mvn package/verify, not by this run");
        }
        assertThat(download.statusCode()).as("the verifier jar is packaged with every build CI makes").isEqualTo(200);
        assertThat(download.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/java-archive");
        assertThat(download.body().length).as("a small jar of its own").isBetween(10_000, 1_000_000);
        var jar = Files.write(auditorsMachine.resolve("verme-verifier.jar"), download.body());
        Files.writeString(auditorsMachine.resolve("checkpoint.json"), auditor.get(year + "/checkpoint").raw().body());
        Files.writeString(auditorsMachine.resolve("events.ndjson"), auditor.get(year + "/events").raw().body());
        Files.writeString(auditorsMachine.resolve("public-key.pem"),
                new Api(port).get("/api/audit/public-key.pem").raw().body());

        var intact = runVerifier(jar, "events.ndjson", "checkpoint.json", "public-key.pem");
        assertThat(intact.output()).isEqualTo("intact\n");
        assertThat(intact.exitCode()).isZero();

        var lines = Files.readAllLines(auditorsMachine.resolve("events.ndjson"));
        var changed = JSON.readTree(lines.get(5)).get("position").asLong();
        lines.set(5, lines.get(5).replace("\"sequence\":", "\"sequence\":1"));
        Files.write(auditorsMachine.resolve("changed.ndjson"), lines);
        var tampered = runVerifier(jar, "changed.ndjson", "checkpoint.json", "public-key.pem");
        assertThat(tampered.output()).startsWith("changed: position " + changed + " ");
        assertThat(tampered.exitCode()).isEqualTo(1);

        assertThat(runVerifier(jar, "events.ndjson", "checkpoint.json", "missing.pem").exitCode()).isEqualTo(2);
    }

    record Run(String output, int exitCode) {
    }

    /** The verifier jar run as the auditor runs it, by the java of this machine, with nothing else on its class path. */
    private Run runVerifier(Path jar, String... files) throws Exception {
        var command = new java.util.ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar", jar.toString()));
        command.addAll(List.of(files));
        var process = new ProcessBuilder(command).directory(auditorsMachine.toFile())
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        var output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        return new Run(output, process.waitFor());
    }
}
