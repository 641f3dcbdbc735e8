package fi.verme.app;

import static fi.verme.app.Programmes.enrol;
import static fi.verme.app.Programmes.group;
import static fi.verme.app.Programmes.mentor;
import static fi.verme.app.Programmes.path;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import fi.verme.app.access.AccessRole;
import fi.verme.app.access.UserAccounts;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Input is taken as written or refused, never guessed at: each refusal is a 400 problem naming the
 * field and what is allowed, and records nothing.
 */
// The tests' anonymous requests all come from one address; the public form's rate limit is PublicFormTest's.
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "verme.public-form.per-address=1000")
class StrictInputTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    UserAccounts users;

    Api api;
    String organiser;

    @BeforeEach
    void setUp() {
        api = new Api(port);
        organiser = Programmes.freshOrganiser();
    }

    private long events() {
        return jdbc.queryForObject("select count(*) from domain_event_entry", Long.class);
    }

    private static String json(Object body) {
        try {
            return JSON.writeValueAsString(body);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** A 400 problem naming the field, with what is allowed, and nothing recorded. */
    private void assertRefused(Api.Response response, String field, String allowedContains, long eventsBefore) {
        assertThat(response.status()).as(response.raw().body()).isEqualTo(400);
        assertThat(response.contentType()).startsWith("application/problem+json");
        var error = response.json().get("errors").get(0);
        assertThat(error.get("field").asText()).isEqualTo(field);
        assertThat(error.has("allowed") ? error.get("allowed").asText() : error.get("message").asText())
                .as(response.raw().body()).contains(allowedContains);
        assertThat(events()).as("nothing recorded").isEqualTo(eventsBefore);
    }

    /** A NUL in a query parameter reached PostgreSQL and came back as a "concurrent change". */
    @Test
    void aControlCharacterInAParameterIsRefusedNamingIt() {
        for (var query : List.of("/groups?theme=%00", "/enrolments?theme=a%0Ab", "/groups?theme=%E2%80%AE")) {
            var refused = api.get(path(organiser) + query);
            assertThat(refused.status()).as(query + ": " + refused.raw().body()).isEqualTo(400);
            assertThat(refused.json().get("errors").get(0).get("field").asText()).isEqualTo("theme");
        }
        for (var query : List.of("/groups?status=STARTED%00", "/groups?status=STARTED%0A", "/groups?status=%E2%80%8BSTARTED",
                "/enrolments?status=SUBMITTED%00")) {
            var refused = api.get(path(organiser) + query);
            assertThat(refused.status()).as(query + ": " + refused.raw().body()).isEqualTo(400);
            assertThat(refused.json().get("errors").get(0).get("field").asText()).isEqualTo("status");
        }
        assertThat(api.get(path(organiser) + "/groups?status=STARTED").status()).isEqualTo(200);
        assertThat(api.get("/api/admin/outbox?programme=" + organiser + "/" + Programmes.SCHOOL_YEAR + "&status=%00").status())
                .isEqualTo(400);
    }

    /**
     * A request without the body its address needs is refused naming the fields that body must have, as a body
     * leaving them out is (an outsider got a bare malformed-request for a claim's rejection without its reason).
     */
    @Test
    void aMissingBodyNamesTheFieldsItNeeds() {
        Programmes.openCallOpenToday(api, organiser);
        long before = events();
        var coordinator = api.raw("PUT", path(organiser) + "/hours-cap", "", Map.of());
        assertRefused(coordinator, "hours", "", before);
        var anonymous = api.anonymous().raw("POST", path(organiser) + "/enrolments", "", Map.of());
        assertThat(anonymous.status()).as(anonymous.raw().body()).isEqualTo(400);
        var fields = new java.util.ArrayList<String>();
        anonymous.json().get("errors").forEach(error -> fields.add(error.get("field").asText()));
        assertThat(fields).contains("firstName", "lastName", "email");
        // A body that is there but not JSON is still malformed, not a list of fields.
        var malformed = api.raw("PUT", path(organiser) + "/hours-cap", "{", Map.of());
        assertThat(malformed.json().get("type").asText()).isEqualTo("urn:verme:problem:malformed-request");
        assertThat(events()).as("nothing recorded").isEqualTo(before);
    }

    @Test
    void aNumberSentAsAStringIsRefused() {
        long before = events();
        var body = Map.of("firstName", "Luku", "lastName", "Mentori", "email", "luku." + organiser + "@example.fi",
                "organisation", "Osake", "trainingYear", "2019", "trainingProvider", "Osake");
        assertRefused(api.post("/api/mentors?organiser=" + organiser, body), "trainingYear", "no quotes", before);
        assertRefused(api.put(path(organiser) + "/hours-cap", Map.of("hours", "18")), "hours", "no quotes", before);
        assertRefused(api.put(path(organiser) + "/group-size-rule", Map.of("minSize", 4, "maxSize", 8.5)), "maxSize",
                "no fraction", before);
    }

    @Test
    void minutesWithAFractionAreRefusedNotTruncated() {
        Programmes.openCallOpenToday(api, organiser);
        var mentorId = mentor(api, "Minuutti", "minuutti." + organiser + "@example.fi");
        var groupId = group(api, organiser, "UUDET", mentorId, 2, 8);
        for (int i = 0; i < 2; i++) {
            var enrolment = enrol(api, organiser, "Jäsen" + i, List.of("UUDET"), "Koulu " + i);
            assertThat(api.post("/api/groups/" + groupId + "/participants", Map.of("enrolmentId", enrolment))
                    .status()).isEqualTo(200);
        }
        assertThat(api.post("/api/groups/" + groupId + "/start", Map.of()).status()).isEqualTo(200);
        var scheduled = api.post("/api/groups/" + groupId + "/meetings", Map.of("date", Programmes.today().toString(),
                "startTime", "14:00", "plannedMinutes", 90, "place", "Osake"));
        assertThat(scheduled.status()).as(scheduled.raw().body()).isEqualTo(201);
        var meetingId = scheduled.json().get("meetingId").asText();
        long before = events();

        assertRefused(api.post("/api/meetings/" + meetingId + "/held", Map.of("durationMinutes", 60.9,
                "attendees", List.of())), "durationMinutes", "no fraction", before);
        assertRefused(api.post("/api/meetings/" + meetingId + "/held", Map.of("durationMinutes", "60",
                "attendees", List.of())), "durationMinutes", "no quotes", before);
        assertRefused(api.post("/api/groups/" + groupId + "/meetings", Map.of("date", Programmes.today().toString(),
                "startTime", "14:00", "plannedMinutes", 90.5, "place", "Osake")), "plannedMinutes", "no fraction",
                before);

        var held = api.post("/api/meetings/" + meetingId + "/held", Map.of("durationMinutes", 61,
                "attendees", List.of()));
        assertThat(held.status()).as(held.raw().body()).isEqualTo(200);
        assertThat(api.get("/api/meetings/" + meetingId).json().toString()).contains("61");
    }

    /** A refusal says what is allowed in words a caller can act on, not in the server's type names. */
    @Test
    void whatIsAllowedIsSaidInWordsNotInJavasTypeNames() {
        Programmes.openCallOpenToday(api, organiser);
        var groupId = group(api, organiser, "UUDET", mentor(api, "Sana", "sana." + organiser + "@example.fi"), 2, 8);
        var english = Map.of("Accept-Language", "en");
        long before = events();

        var meeting = new HashMap<String, Object>(Map.of("date", Programmes.today().toString(), "startTime", "25:00",
                "plannedMinutes", 90, "place", "Osake"));
        assertRefused(api.post("/api/groups/" + groupId + "/meetings", meeting), "startTime", "HH:MM", before);
        meeting.put("startTime", "14:00");
        meeting.put("plannedMinutes", 99_999_999_999L);
        assertRefused(api.post("/api/groups/" + groupId + "/meetings", meeting), "plannedMinutes", "whole number",
                before);
        meeting.put("plannedMinutes", 90);
        meeting.put("place", "x".repeat(60_000));
        assertRefused(api.post("/api/groups/" + groupId + "/meetings", meeting), "place", "at most 50000 characters",
                before);

        var form = Programmes.enrolment("Sana", "Muoto", "muoto." + organiser + "@example.fi");
        form.put("themeWishes", "UUDET");
        assertRefused(api.anonymous().post(path(organiser) + "/enrolments", form), "themeWishes", "square brackets",
                before);
        form.put("themeWishes", List.of("UUDET", "K55", "ERITYIS", "KIELET"));
        assertRefused(api.anonymous().post(path(organiser) + "/enrolments", form, english), "themeWishes",
                "between 1 and 3", before);

        var enrolmentId = enrol(api, organiser, "Puuttuva", List.of("UUDET"), "Koulu");
        var personId = api.get("/api/enrolments/" + enrolmentId).json().get("personId").asText();
        var participant = Programmes.personApi(api, users, personId, AccessRole.PARTICIPANT, organiser);
        var missing = participant.get("/api/persons/" + personId + "/attendance");
        assertThat(missing.status()).as(missing.raw().body()).isEqualTo(400);
        assertThat(missing.json().get("errors").get(0).get("field").asText()).isEqualTo("programme");
    }

    /** A body of another type than the address takes is a 415 that names the types it takes. */
    @Test
    void aBodyOfAnotherTypeIsRefusedNamingTheTypesTaken() {
        Programmes.openCallOpenToday(api, organiser);
        long before = events();
        var refused = Api.anonymous(port).bytes("POST", Programmes.path(organiser) + "/enrolments",
                "firstName=Teksti".getBytes(StandardCharsets.UTF_8), "text/plain");
        assertThat(refused.status()).as(refused.raw().body()).isEqualTo(415);
        assertThat(refused.json().get("type").asText()).isEqualTo("urn:verme:problem:unsupported-media-type");
        assertThat(refused.json().get("allowed").toString()).contains("application/json");
        assertThat(events()).as("nothing recorded").isEqualTo(before);
    }

    @Test
    void aTimestampOrAnOutOfRangeDateIsNoDate() {
        long before = events();
        for (var opensOn : List.of("2026-09-01T10:00:00Z", "2026-09-01T10:00:00", "+999999999-12-31", "2026-02-30",
                "26-09-01", "20260901")) {
            var response = api.post(path(organiser) + "/enrolment-call", Map.of(
                    "themes", List.of(Map.of("code", "UUDET", "name", "Uudet opettajat")), "targetRoles", List.of(),
                    "opensOn", opensOn, "closesOn", Programmes.today().plusDays(5).toString()));
            assertRefused(response, "opensOn", "YYYY-MM-DD", before);
        }
    }

    @Test
    void anOutOfRangeDateInThePathIsA400NotA500() {
        Programmes.openCallOpenToday(api, organiser);
        for (var date : List.of("+999999999-12-31", "-999999999-01-01", "2026-13-01", "2026-02-30", "0001-01-01",
                "2026-09-01T00:00:00Z")) {
            var response = api.get(path(organiser) + "/as-of/" + date);
            assertThat(response.status()).as(date + ": " + response.raw().body()).isEqualTo(400);
            assertThat(response.contentType()).startsWith("application/problem+json");
            assertThat(response.json().get("errors").get(0).get("field").asText()).isEqualTo("date");
            assertThat(response.json().get("errors").get(0).get("allowed").asText()).contains("YYYY-MM-DD");
        }
        assertThat(api.get(path(organiser) + "/as-of/" + Programmes.today()).status()).isEqualTo(200);
    }

    @Test
    void anAddressWithoutADotInItsDomainIsNoEmailAddress() {
        Programmes.openCallOpenToday(api, organiser);
        long before = events();
        for (var email : List.of("a@b", "anna@localhost", "anna@example.f", "anna@@example.fi", "anna@.fi")) {
            var response = api.anonymous().post(path(organiser) + "/enrolments",
                    Programmes.enrolment("Anna", "Osoite", email), Map.of("Accept-Language", "en"));
            assertRefused(response, "email", "dot in the domain", before);
        }
        var mentor = api.post("/api/mentors?organiser=" + organiser, Map.of("firstName", "Anna", "lastName", "Mentori",
                "email", "anna@b", "organisation", "Osake", "trainingYear", 2019, "trainingProvider", "Osake"),
                Map.of("Accept-Language", "sv"));
        assertRefused(mentor, "email", "punkt i domänen", before);
    }

    @Test
    void aLoneSurrogateIsRefusedNotStoredAsAQuestionMark() {
        Programmes.openCallOpenToday(api, organiser);
        long before = events();
        var body = json(Programmes.enrolment("Anna", "PLACEHOLDER", "surrogaatti." + organiser + "@example.fi"))
                .replace("PLACEHOLDER", "Kivi\\ud800nen");
        assertRefused(api.anonymous().post(path(organiser) + "/enrolments", body), "lastName", "lone surrogates",
                before);
        var lowHalf = json(Programmes.enrolment("PLACEHOLDER", "Kivinen", "surrogaatti." + organiser + "@example.fi"))
                .replace("PLACEHOLDER", "\\udc00Anna");
        assertRefused(api.anonymous().post(path(organiser) + "/enrolments", lowHalf), "firstName", "lone surrogates",
                before);
        // A whole character outside the basic plane (a pair of surrogates) is text like any other.
        var whole = Programmes.enrolment("Anna", "Kivinen \uD83D\uDE00", "kokonainen." + organiser + "@example.fi");
        assertThat(api.anonymous().post(path(organiser) + "/enrolments", whole).status()).isEqualTo(201);
    }

    @Test
    void lineBreaksAreRefusedInNamesAndOneLineFields() {
        Programmes.openCallOpenToday(api, organiser);
        long before = events();
        var injected = Programmes.enrolment("Anna\r\nBcc: kaikki@example.fi", "Kivinen",
                "rivinvaihto." + organiser + "@example.fi");
        assertRefused(api.anonymous().post(path(organiser) + "/enrolments", injected), "firstName", "no line breaks",
                before);
        var inUnit = Programmes.enrolment("Anna", "Kivinen", "rivinvaihto." + organiser + "@example.fi");
        inUnit.put("unit", "Koulu\nToinen rivi");
        assertRefused(api.anonymous().post(path(organiser) + "/enrolments", inUnit), "unit", "no line breaks", before);
        var tab = Programmes.enrolment("Anna", "Kivi\tnen", "rivinvaihto." + organiser + "@example.fi");
        assertRefused(api.anonymous().post(path(organiser) + "/enrolments", tab), "lastName", "one line", before);
        var separator = Programmes.enrolment("Anna", "Kivi\u2028nen", "rivinvaihto." + organiser + "@example.fi");
        assertRefused(api.anonymous().post(path(organiser) + "/enrolments", separator), "lastName", "one line",
                before);
    }

    @Test
    void aPaymentPeriodIsAMonth() {
        Programmes.openCallOpenToday(api, organiser);
        long before = events();
        for (var period : List.of("2026-13", "2026-00", "2026-1", "joulukuu")) {
            assertRefused(api.post(path(organiser) + "/payment-periods", Map.of("period", period)), "period",
                    "YYYY-MM", before);
        }
    }
}
