package fi.verme.app;

import static fi.verme.app.Programmes.enrolment;
import static fi.verme.app.Programmes.path;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/** Enrolment end to end: HTTP in, events in PostgreSQL, views out. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class EnrolmentApiTest {

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;

    Api api;
    String organiser;

    @BeforeEach
    void setUp() {
        api = new Api(port);
        organiser = Programmes.freshOrganiser();
        Programmes.openCallOpenToday(api, organiser);
    }

    private String submit(Map<String, Object> body) {
        var response = api.post(path(organiser) + "/enrolments", body);
        assertThat(response.status()).as(response.raw().body()).isEqualTo(201);
        var id = response.json().get("enrolmentId").asText();
        assertThat(response.header("Location")).isEqualTo("/api/enrolments/" + id);
        return id;
    }

    private long events() {
        return jdbc.queryForObject("select count(*) from domain_event_entry", Long.class);
    }

    @Test
    void submittedEnrolmentIsInTheRosterAtOnceAndCanBeWithdrawn() {
        var id = submit(enrolment("Äijä", "Öörni-Åkerblom", "aija.oorni@example.fi"));

        var roster = api.get(path(organiser) + "/enrolments");
        assertThat(roster.status()).isEqualTo(200);
        assertThat(roster.json()).hasSize(1);
        var entry = roster.json().get(0);
        assertThat(entry.get("enrolmentId").asText()).isEqualTo(id);
        assertThat(entry.get("person").get("firstName").asText()).isEqualTo("Äijä");
        assertThat(entry.get("person").get("lastName").asText()).isEqualTo("Öörni-Åkerblom");
        assertThat(entry.get("status").asText()).isEqualTo("SUBMITTED");

        var withdrawn = api.post("/api/enrolments/" + id + "/withdraw", Map.of("reason", "WORKLOAD"));
        assertThat(withdrawn.status()).isEqualTo(200);
        assertThat(withdrawn.json().get("status").asText()).isEqualTo("WITHDRAWN");
        assertThat(api.get(path(organiser) + "/enrolments?status=WITHDRAWN").json()).hasSize(1);
        assertThat(api.get(path(organiser) + "/enrolments?status=SUBMITTED").json()).isEmpty();

        var again = api.post("/api/enrolments/" + id + "/withdraw", Map.of("reason", "WORKLOAD"));
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.json().get("type").asText()).isEqualTo("urn:verme:problem:enrolment-already-withdrawn");
    }

    @Test
    void rosterFiltersByThemeStatusAndRoleAndSummarises() {
        submit(enrolment("Aino", "Mäkelä", "aino@example.fi"));
        var assistant = enrolment("Päivi", "Kärkkäinen", "paivi@example.fi");
        assistant.put("role", "SCHOOL_ASSISTANT");
        assistant.put("themeWishes", List.of("ERITYIS"));
        submit(assistant);

        assertThat(api.get(path(organiser) + "/enrolments?theme=ERITYIS").json()).hasSize(1);
        assertThat(api.get(path(organiser) + "/enrolments?role=TEACHER").json()).hasSize(1);
        var summary = api.get(path(organiser) + "/enrolments/summary").json();
        assertThat(summary.get("total").asInt()).isEqualTo(2);
        assertThat(summary.get("byStatus").get("SUBMITTED").asInt()).isEqualTo(2);
        assertThat(summary.get("themes").get(0).get("code").asText()).isEqualTo("UUDET");
        assertThat(summary.get("themes").get(0).get("firstChoice").asInt()).isEqualTo(1);
        assertThat(summary.get("themes").get(1).get("anyChoice").asInt()).isEqualTo(1);
    }

    @Test
    void secondEnrolmentOfTheSameEmailIsAConflictNamingTheFirst() {
        var first = submit(enrolment("Aino", "Mäkelä", "Aino.Makela@example.fi"));
        long before = events();

        var second = api.post(path(organiser) + "/enrolments", enrolment("Aino", "Mäkelä", "aino.makela@EXAMPLE.fi"));

        assertThat(second.status()).isEqualTo(409);
        assertThat(second.contentType()).startsWith("application/problem+json");
        assertThat(second.json().get("type").asText()).isEqualTo("urn:verme:problem:duplicate-enrolment");
        assertThat(second.json().get("existingEnrolmentId").asText()).isEqualTo(first);
        assertThat(events()).isEqualTo(before);
    }

    @Test
    void concurrentEnrolmentsOfOnePersonLeaveExactlyOne() throws Exception {
        var body = enrolment("Aino", "Mäkelä", "aino.race@example.fi");
        var pool = Executors.newFixedThreadPool(8);
        try {
            Callable<Integer> enrol = () -> api.post(path(organiser) + "/enrolments", body).status();
            var answers = pool.invokeAll(Collections.nCopies(8, enrol));
            var statuses = new ArrayList<Integer>();
            for (var answer : answers) {
                statuses.add(answer.get());
            }
            assertThat(statuses).containsOnly(201, 409).containsOnlyOnce(201);
        } finally {
            pool.shutdownNow();
        }
        assertThat(api.get(path(organiser) + "/enrolments").json()).hasSize(1);
    }

    @Test
    void malformedJsonIsRefusedAndAppendsNothing() {
        long before = events();
        var response = api.post(path(organiser) + "/enrolments", "{\"firstName\": \"Aino\",");
        assertThat(response.status()).isEqualTo(400);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.json().get("type").asText()).isEqualTo("urn:verme:problem:malformed-request");
        assertThat(events()).isEqualTo(before);
    }

    @Test
    void missingFieldsAreNamedAndAppendNothing() {
        long before = events();
        long people = jdbc.queryForObject("select count(*) from enrolment.person", Long.class);
        var body = enrolment("Aino", "Mäkelä", "aino@example.fi");
        body.remove("email");
        body.remove("careerStage");

        var response = api.post(path(organiser) + "/enrolments", body);

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.json().get("type").asText()).isEqualTo("urn:verme:problem:validation");
        assertThat(response.json().get("errors")).extracting(error -> error.get("field").asText())
                .containsExactly("careerStage", "email");
        assertThat(events()).isEqualTo(before);
        assertThat(jdbc.queryForObject("select count(*) from enrolment.person", Long.class)).isEqualTo(people);
    }

    @Test
    void unknownEnumValueIsNamedWithWhatIsAllowed() {
        var body = enrolment("Aino", "Mäkelä", "aino@example.fi");
        body.put("role", "ASTRONAUT");
        var response = api.post(path(organiser) + "/enrolments", body);
        assertThat(response.status()).isEqualTo(400);
        var error = response.json().get("errors").get(0);
        assertThat(error.get("field").asText()).isEqualTo("role");
        assertThat(error.get("allowed").toString()).contains("TEACHER", "SPECIAL_EDUCATION_TEACHER");
    }

    @Test
    void themeOutsideTheCallIsRefusedWithTheCallsThemes() {
        long before = events();
        var body = enrolment("Aino", "Mäkelä", "aino@example.fi");
        body.put("themeWishes", List.of("UUDET", "AVARUUS"));
        var response = api.post(path(organiser) + "/enrolments", body);
        assertThat(response.status()).isEqualTo(400);
        var error = response.json().get("errors").get(0);
        assertThat(error.get("field").asText()).isEqualTo("themeWishes[1]");
        assertThat(error.get("allowed").asText()).contains("UUDET, K55, ERITYIS");
        assertThat(events()).isEqualTo(before);
    }

    @Test
    void consentIsRequired() {
        var body = enrolment("Aino", "Mäkelä", "aino@example.fi");
        body.put("consentToProcessing", false);
        var response = api.post(path(organiser) + "/enrolments", body);
        assertThat(response.status()).isEqualTo(400);
        assertThat(response.json().get("errors").get(0).get("field").asText()).isEqualTo("consentToProcessing");
        // With the form's other mistakes, not after they are put right (found by an outsider).
        body.put("firstName", "");
        var both = api.post(path(organiser) + "/enrolments", body);
        assertThat(both.status()).isEqualTo(400);
        assertThat(both.json().get("errors").findValuesAsText("field")).containsExactly("consentToProcessing",
                "firstName");
    }

    @Test
    void sameIdempotencyKeyTwiceGivesOneEnrolment() {
        var key = UUID.randomUUID().toString();
        var body = enrolment("Aino", "Mäkelä", "aino@example.fi");
        var first = api.post(path(organiser) + "/enrolments", body, Map.of("Idempotency-Key", key));
        long after = events();
        var second = api.post(path(organiser) + "/enrolments", body, Map.of("Idempotency-Key", key));

        assertThat(first.status()).isEqualTo(201);
        assertThat(second.status()).isEqualTo(201);
        assertThat(second.raw().body()).isEqualTo(first.raw().body());
        assertThat(second.header("Location")).isEqualTo(first.header("Location"));
        assertThat(events()).isEqualTo(after);
        assertThat(api.get(path(organiser) + "/enrolments").json()).hasSize(1);

        var reused = api.post(path(organiser) + "/enrolments", enrolment("Eeva", "Ojala", "eeva@example.fi"),
                Map.of("Idempotency-Key", key));
        assertThat(reused.status()).isEqualTo(422);
        assertThat(events()).isEqualTo(after);
    }

    @Test
    void eventsSayWhoAndWhyButNameNobody() throws Exception {
        var correlationId = "corr-" + UUID.randomUUID();
        var key = UUID.randomUUID().toString();
        var response = Api.anonymous(port).post(path(organiser) + "/enrolments",
                enrolment("Väinö", "Yli-Äyhö", "vaino.yli-ayho@example.fi"),
                Map.of("X-Correlation-Id", correlationId, "Idempotency-Key", key));
        var id = response.json().get("enrolmentId").asText();
        assertThat(response.header("X-Correlation-Id")).isEqualTo(correlationId);

        var row = jdbc.queryForMap("""
                select payload, meta_data from domain_event_entry
                where aggregate_identifier = ? and payload_type = 'fi.verme.enrolment.api.EnrolmentSubmitted'""", id);
        var payload = new String((byte[]) row.get("payload"), StandardCharsets.UTF_8);
        var metadata = new String((byte[]) row.get("meta_data"), StandardCharsets.UTF_8);
        for (var personal : List.of("Väinö", "Yli-Äyhö", "vaino.yli-ayho@example.fi", "040 123 4567")) {
            assertThat(payload).doesNotContain(personal);
            assertThat(metadata).doesNotContain(personal);
        }
        assertThat(metadata).contains("\"actingUser\":\"self-service\"")
                .contains("\"correlationId\":\"" + correlationId + "\"")
                .contains("\"idempotencyKeySha256\":\"" + sha256(key) + "\"")
                .doesNotContain(key);
    }

    @Test
    void erasureRemovesContactDetailsButKeepsHistory() {
        var id = submit(enrolment("Jönsä", "Östman", "jonsa@example.fi"));
        var personId = api.get("/api/enrolments/" + id).json().get("personId").asText();
        long before = jdbc.queryForObject("select max(global_index) from domain_event_entry", Long.class);

        assertThat(api.as(TestAccounts.ADMIN, TestAccounts.PASSWORD).delete("/api/persons/" + personId).status()).isEqualTo(204);

        var view = api.get("/api/enrolments/" + id).json();
        assertThat(view.get("erased").asBoolean()).isTrue();
        assertThat(view.get("person").isNull()).isTrue();
        assertThat(api.get(path(organiser) + "/enrolments").raw().body()).doesNotContain("Jönsä", "jonsa@");
        assertThat(jdbc.queryForObject("select count(*) from enrolment.person where person_id = ?", Long.class,
                personId)).isZero();
        // The erasure, and the withdrawal of the enrolment it leaves without a person (ErasurePolicy); the events
        // before them stay.
        assertThat(jdbc.queryForList("select payload_type from domain_event_entry where global_index > ? "
                + "order by global_index", String.class, before)).containsExactlyInAnyOrder(
                "fi.verme.enrolment.api.EnrolmentWithdrawn", "fi.verme.enrolment.api.PersonErased");
        assertThat(view.get("status").asText()).isEqualTo("WITHDRAWN");
        assertThat(jdbc.queryForObject("select count(*) from domain_event_entry where aggregate_identifier = ?",
                Long.class, id)).isEqualTo(2);
        assertThat(api.as(TestAccounts.ADMIN, TestAccounts.PASSWORD).delete("/api/persons/" + personId).status()).isEqualTo(404);
    }

    /** The answer kept for an anonymous enrolment names the enrolment and its link: erasure removes it too. */
    @Test
    void erasureForgetsTheStoredAnswerToAnAnonymousEnrolment() {
        var key = "erasure-" + UUID.randomUUID();
        var body = enrolment("Unohdettava", "Henkilö", "unohdettava." + organiser + "@example.fi");
        var first = Api.anonymous(port).post(path(organiser) + "/enrolments", body, Map.of("Idempotency-Key", key));
        assertThat(first.status()).isEqualTo(201);
        var id = first.json().get("enrolmentId").asText();
        var personId = api.get("/api/enrolments/" + id).json().get("personId").asText();

        assertThat(api.as(TestAccounts.ADMIN, TestAccounts.PASSWORD).delete("/api/persons/" + personId).status())
                .isEqualTo(204);

        assertThat(jdbc.queryForObject("select count(*) from app.idempotent_request where position(? in body) > 0",
                Long.class, (Object) id.getBytes(StandardCharsets.UTF_8))).isZero();
        var again = Api.anonymous(port).post(path(organiser) + "/enrolments", body, Map.of("Idempotency-Key", key));
        assertThat(again.header("Idempotent-Replayed")).isNull();
        assertThat(again.raw().body()).doesNotContain(id);
    }

    @Test
    void closedCallRefusesEnrolmentButTakesACoordinatorsLateOne() {
        assertThat(api.post(path(organiser) + "/enrolment-call/close", Map.of()).status()).isEqualTo(200);
        assertThat(api.get(path(organiser) + "/enrolment-call").json().get("status").asText()).isEqualTo("CLOSED");

        var refused = api.post(path(organiser) + "/enrolments", enrolment("Aino", "Mäkelä", "aino@example.fi"));
        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.json().get("type").asText()).isEqualTo("urn:verme:problem:enrolment-call-not-open");

        var late = enrolment("Aino", "Mäkelä", "aino@example.fi");
        late.put("lateReason", "NEW_EMPLOYEE");
        var id = submit(late);
        assertThat(api.get("/api/enrolments/" + id).json().get("lateReason").asText()).isEqualTo("NEW_EMPLOYEE");
    }

    @Test
    void unknownIdsAnswer404AsProblems() {
        var enrolment = api.get("/api/enrolments/" + UUID.randomUUID());
        assertThat(enrolment.status()).isEqualTo(404);
        assertThat(enrolment.contentType()).startsWith("application/problem+json");
        assertThat(api.post("/api/enrolments/" + UUID.randomUUID() + "/withdraw", Map.of("reason", "OTHER"))
                .status()).isEqualTo(404);
        assertThat(api.get("/api/programmes/nobody/" + Programmes.SCHOOL_YEAR + "/enrolment-call").status())
                .isEqualTo(404);
        assertThat(api.post("/api/programmes/nobody/" + Programmes.SCHOOL_YEAR + "/enrolments",
                enrolment("Aino", "Mäkelä", "aino@example.fi")).status()).isEqualTo(404);
    }

    @Test
    void invalidProgrammeYearIsNamed() {
        var response = api.get("/api/programmes/Seinäjoki/2026-2028/enrolments");
        assertThat(response.status()).isEqualTo(400);
        assertThat(response.json().get("errors").get(0).get("field").asText()).isEqualTo("organiser");
    }

    @Test
    void openingTheSameCallTwiceIsAConflict() {
        var again = api.post(path(organiser) + "/enrolment-call", Map.of(
                "themes", List.of(Map.of("code", "UUDET", "name", "Uudet")), "targetRoles", List.of(),
                "opensOn", Programmes.today().toString(), "closesOn", Programmes.today().toString()));
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.json().get("type").asText()).isEqualTo("urn:verme:problem:enrolment-call-already-opened");
    }

    @Test
    void apiIsDescribedInOpenApiAndSwaggerUi() {
        var docs = api.get("/v3/api-docs");
        assertThat(docs.status()).isEqualTo(200);
        assertThat(docs.json().get("paths").has("/api/programmes/{organiser}/{schoolYear}/enrolments")).isTrue();
        assertThat(api.get("/swagger-ui/index.html").status()).isEqualTo(200);
    }

    private static String sha256(String text) throws Exception {
        return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256")
                .digest(text.getBytes(StandardCharsets.UTF_8)));
    }
}
