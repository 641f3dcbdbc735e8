package fi.verme.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Hostile input, one table over every write endpoint of the API description: each case gets a 4xx
 * problem+json without a stack trace, and not one event is appended. Text that is valid however odd
 * (NFD and NFC, quotes, SQL and HTML) comes back exactly as sent; a client that times out and
 * retries with the same {@code Idempotency-Key} never makes a second enrolment.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class HostileInputTest {

    static final ObjectMapper JSON = new ObjectMapper();

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;

    /** A hostile body for an endpoint, made from its request schema's properties; null when it does not apply. */
    record Hostility(String name, Function<Map<String, String>, String> body) {
    }

    private long events() {
        return jdbc.queryForObject("select count(*) from domain_event_entry", Long.class);
    }

    private static String everyText(Map<String, String> properties, String value) {
        var body = new LinkedHashMap<String, Object>();
        properties.forEach((name, type) -> {
            if (type.equals("string")) {
                body.put(name, value);
            } else if (type.equals("array")) {
                body.put(name, List.of(value));
            }
        });
        if (body.isEmpty()) {
            return null;
        }
        try {
            return JSON.writeValueAsString(body);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<Hostility> table() {
        return List.of(
                new Hostility("truncated JSON", properties -> "{\"firstName\": \"Ai"),
                new Hostility("an array for an object", properties -> "[1, 2, 3]"),
                new Hostility("wrong types in every field", properties -> {
                    var body = new LinkedHashMap<String, Object>();
                    properties.forEach((name, type) -> body.put(name, switch (type) {
                        case "integer", "number", "boolean" -> "not a " + type;
                        default -> Map.of("unexpected", List.of(1, 2));
                    }));
                    try {
                        return JSON.writeValueAsString(body);
                    } catch (Exception e) {
                        throw new IllegalStateException(e);
                    }
                }),
                new Hostility("a 20 MB body", properties -> "{\"text\": \"" + "a".repeat(20 * 1024 * 1024) + "\"}"),
                new Hostility("nesting 5,000 deep", properties -> "[".repeat(5000) + "]".repeat(5000)),
                new Hostility("very long strings", properties -> everyText(properties, "pitkä ".repeat(12_000))),
                new Hostility("a right-to-left override", properties -> everyText(properties, "Anna \u202Eenil\u202C")),
                new Hostility("a zero-width space", properties -> everyText(properties, "An\u200Bna")),
                new Hostility("a control character", properties -> everyText(properties, "Anna\u0007")));
    }

    @Test
    void everyWriteEndpointRefusesHostileInputAndAppendsNothing() throws Exception {
        var api = new Api(port);
        var admin = api.as(TestAccounts.ADMIN, TestAccounts.PASSWORD);
        var organiser = Programmes.freshOrganiser();
        Programmes.openCallOpenToday(api, organiser);
        var description = api.get("/v3/api-docs").json();
        var schemas = description.get("components").get("schemas");
        long before = events();
        var failures = new ArrayList<String>();
        var statuses = new java.util.TreeMap<Integer, Integer>();
        int cases = 0;
        for (var path : iterable(description.get("paths").fieldNames())) {
            for (var method : List.of("post", "put")) {
                var operation = description.get("paths").get(path).get(method);
                if (operation == null || operation.get("requestBody") == null) {
                    continue;
                }
                var properties = properties(operation.get("requestBody"), schemas);
                var target = path.replace("{organiser}", organiser).replace("{schoolYear}", Programmes.SCHOOL_YEAR)
                        .replaceAll("\\{[^}]+}", "none-" + UUID.randomUUID().toString().substring(0, 8));
                var client = path.startsWith("/api/admin/users") ? admin : api;
                for (var hostility : table()) {
                    var body = hostility.body().apply(properties);
                    if (body == null) {
                        continue;
                    }
                    cases++;
                    var what = method.toUpperCase() + " " + path + " with " + hostility.name() + ": ";
                    Api.Response response;
                    try {
                        response = client.raw(method.toUpperCase(), target, body, Map.of());
                    } catch (java.io.UncheckedIOException closed) {
                        // A body far over the limit gets 413 at once, and Tomcat closes the connection after
                        // discarding 2 MB of it: a client still sending may see the close before the answer.
                        // Either way nothing is read or recorded; anything else closed is a failure.
                        if (body.length() > 2 * 1024 * 1024) {
                            statuses.merge(413, 1, Integer::sum);
                            continue;
                        }
                        failures.add(what + closed);
                        continue;
                    }
                    statuses.merge(response.status(), 1, Integer::sum);
                    if (response.status() < 400 || response.status() >= 500) {
                        failures.add(what + response.status() + " " + abbreviated(response.raw().body()));
                    } else if (!String.valueOf(response.contentType()).startsWith("application/problem+json")) {
                        failures.add(what + "answered " + response.contentType());
                    } else if (response.raw().body().contains("Exception") || response.raw().body().contains("\tat ")) {
                        failures.add(what + "leaked " + abbreviated(response.raw().body()));
                    }
                }
            }
        }
        assertThat(failures).isEmpty();
        assertThat(cases).as("cases run").isGreaterThan(150);
        assertThat(statuses).as("refusals by status").containsKeys(400, 413);
        System.out.println("Hostile input: " + cases + " cases over the write endpoints, answered " + statuses);
        assertThat(events()).as("events appended by hostile input").isEqualTo(before);
    }

    @Test
    void invisibleCharactersAreRefusedNamingTheField() {
        var api = new Api(port);
        var organiser = Programmes.freshOrganiser();
        Programmes.openCallOpenToday(api, organiser);
        var body = Programmes.enrolment("Anna", "Kivi\u202Enen", "anna.kivi@example.fi");
        var refused = api.post(Programmes.path(organiser) + "/enrolments", body);
        assertThat(refused.status()).isEqualTo(400);
        var error = refused.json().get("errors").get(0);
        assertThat(error.get("field").asText()).isEqualTo("lastName");
        assertThat(error.get("message").asText()).contains("U+202E");
        assertThat(error.get("allowed").asText()).contains("right-to-left");
    }

    @Test
    void oddButValidTextComesBackExactlyAsSent() {
        var api = new Api(port);
        var organiser = Programmes.freshOrganiser();
        Programmes.openCallOpenToday(api, organiser);
        var names = List.of(
                Normalizer.normalize("Mäkelä-Äijälä", Normalizer.Form.NFC),
                Normalizer.normalize("Mäkelä-Äijälä", Normalizer.Form.NFD),
                "O'Brien'); DROP TABLE enrolment.person; --",
                "<script>alert('verme')</script> & <img src=x onerror=alert(1)>",
                "Ἀλέξανδρος 李 Ğüneş 🙂");
        for (int i = 0; i < names.size(); i++) {
            var sent = Programmes.enrolment("Testi" + i, names.get(i), "outo" + i + "." + organiser + "@example.fi");
            sent.put("employer", names.get(i));
            var created = api.post(Programmes.path(organiser) + "/enrolments", sent);
            assertThat(created.status()).as(created.raw().body()).isEqualTo(201);
            var read = api.get("/api/enrolments/" + created.json().get("enrolmentId").asText()).json();
            assertThat(read.get("person").get("lastName").asText()).isEqualTo(names.get(i));
            assertThat(read.get("employer").asText()).isEqualTo(names.get(i));
        }
        assertThat(jdbc.queryForObject("select count(*) from enrolment.person", Long.class)).isPositive();
    }

    @Test
    void aClientThatTimesOutAndRetriesWithTheSameKeyEnrolsOnce() throws Exception {
        var api = new Api(port);
        var organiser = Programmes.freshOrganiser();
        Programmes.openCallOpenToday(api, organiser);
        var email = "uudestaan." + organiser + "@example.fi";
        var body = JSON.writeValueAsString(Programmes.enrolment("Uudelleen", "Yrittäjä", email));
        var key = "retry-" + UUID.randomUUID();
        var http = HttpClient.newHttpClient();
        var uri = URI.create("http://localhost:" + port + Programmes.path(organiser) + "/enrolments");
        Function<Duration, HttpRequest> request = timeout -> HttpRequest.newBuilder(uri).timeout(timeout)
                .header("Content-Type", "application/json").header("Idempotency-Key", key)
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)).build();

        // The first try gives up before the answer (the server goes on); the retries and a burst of
        // parallel repeats all carry the same key.
        try {
            http.send(request.apply(Duration.ofMillis(1)), HttpResponse.BodyHandlers.ofString());
        } catch (HttpTimeoutException expected) {
            // as a client on a bad network would
        }
        var pool = Executors.newFixedThreadPool(6);
        try {
            var repeats = new ArrayList<Callable<HttpResponse<String>>>();
            for (int i = 0; i < 6; i++) {
                repeats.add(() -> http.send(request.apply(Duration.ofSeconds(30)), HttpResponse.BodyHandlers.ofString()));
            }
            var enrolmentIds = new java.util.HashSet<String>();
            for (var future : pool.invokeAll(repeats)) {
                var response = future.get();
                assertThat(response.statusCode()).as(response.body()).isIn(201, 409);
                if (response.statusCode() == 201) {
                    enrolmentIds.add(JSON.readTree(response.body()).get("enrolmentId").asText());
                } else {
                    assertThat(response.body()).contains("idempotency-key-in-use");
                }
            }
            // Once the first has finished, a retry gets its answer again.
            HttpResponse<String> last;
            long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
            do {
                last = http.send(request.apply(Duration.ofSeconds(30)), HttpResponse.BodyHandlers.ofString());
            } while (last.statusCode() == 409 && System.nanoTime() < deadline);
            assertThat(last.statusCode()).as(last.body()).isEqualTo(201);
            enrolmentIds.add(JSON.readTree(last.body()).get("enrolmentId").asText());
            assertThat(enrolmentIds).hasSize(1);
        } finally {
            pool.shutdownNow();
        }
        assertThat(jdbc.queryForObject("""
                select count(*) from domain_event_entry where payload_type like '%EnrolmentSubmitted'
                  and aggregate_identifier in (select enrolment_id from enrolment.roster_entry
                    where person_id = (select person_id from enrolment.person where email = ?))""",
                Long.class, email)).isEqualTo(1);
        assertThat(api.get(Programmes.path(organiser) + "/enrolments").json()).hasSize(1);
    }

    private static Map<String, String> properties(JsonNode requestBody, JsonNode schemas) {
        var properties = new LinkedHashMap<String, String>();
        var content = requestBody.get("content").elements().next();
        var schema = content.get("schema");
        if (schema.has("$ref")) {
            schema = schemas.get(schema.get("$ref").asText().replace("#/components/schemas/", ""));
        }
        if (schema != null && schema.has("properties")) {
            schema.get("properties").fields().forEachRemaining(field -> properties.put(field.getKey(),
                    field.getValue().has("type") ? field.getValue().get("type").asText() : "object"));
        }
        return properties;
    }

    private static <T> Iterable<T> iterable(java.util.Iterator<T> iterator) {
        return () -> iterator;
    }

    private static String abbreviated(String text) {
        return text.length() > 300 ? text.substring(0, 300) + "…" : text;
    }
}
