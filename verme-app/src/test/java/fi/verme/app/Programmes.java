package fi.verme.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import fi.verme.shared.ProgrammeYear;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.StreamSupport;

/** Test data through the API: a fresh programme year per test, so tests never see each other's data. */
final class Programmes {

    /** The school year of today, so that a call open today is valid whenever the tests run. */
    static final String SCHOOL_YEAR = ProgrammeYear.schoolYearOf(today());

    private Programmes() {
    }

    /** The field an import reads the column of this header as (enrolments or mentors alike), "null" for none. */
    static String importedField(JsonNode imported, String header) {
        return StreamSupport.stream(imported.get("columns").spliterator(), false)
                .filter(c -> c.get("header").asText().equals(header)).findFirst().orElseThrow().get("field").asText();
    }

    /** An import's row of this line of the file. */
    static JsonNode importedRow(JsonNode imported, int line) {
        return StreamSupport.stream(imported.get("rows").spliterator(), false)
                .filter(r -> r.get("line").asInt() == line).findFirst().orElseThrow();
    }

    static String freshOrganiser() {
        return "test-" + UUID.randomUUID().toString().substring(0, 8);
    }

    static String path(String organiser) {
        return "/api/programmes/" + organiser + "/" + SCHOOL_YEAR;
    }

    /** Opens a call that is open today (Helsinki), whatever day the tests run. */
    static void openCall(Api api, String organiser, LocalDate opensOn, LocalDate closesOn) {
        publishPrivacyNotice(api, organiser);
        var response = api.post(path(organiser) + "/enrolment-call", Map.of(
                "themes", List.of(Map.of("code", "UUDET", "name", "Uudet opettajat"),
                        Map.of("code", "K55", "name", "K55 – kokeneet konkarit"),
                        Map.of("code", "ERITYIS", "name", "Erityisopetus ja tuki")),
                "targetRoles", List.of(),
                "opensOn", opensOn.toString(),
                "closesOn", closesOn.toString()));
        assertThat(response.status()).as(response.raw().body()).isEqualTo(201);
    }

    /** The organiser's privacy notice, without which its public form takes no enrolments. */
    static void publishPrivacyNotice(Api api, String organiser) {
        var notice = api.put("/api/organisers/" + organiser + "/privacy-notice", Map.of("fi",
                "Rekisterinpitäjä: " + organiser + ". Tietoja käytetään vertaisryhmämentoroinnin järjestämiseen."));
        assertThat(notice.status()).as(notice.raw().body()).isEqualTo(200);
    }

    static void openCallOpenToday(Api api, String organiser) {
        var year = new ProgrammeYear(organiser, SCHOOL_YEAR);
        var closesOn = today().plusDays(10).isAfter(year.lastDay()) ? year.lastDay() : today().plusDays(10);
        openCall(api, organiser, today().minusDays(10), closesOn);
    }

    static LocalDate today() {
        return LocalDate.now(ZoneId.of("Europe/Helsinki"));
    }

    /** A logged-in user who is this person, with the role for the organiser (e.g. a group's mentor or member). */
    static Api personApi(Api api, fi.verme.app.access.UserAccounts users, String personId,
                         fi.verme.app.access.AccessRole role, String organiser) {
        var userId = "p-" + UUID.randomUUID().toString().substring(0, 12);
        users.save(userId, TestAccounts.PASSWORD, "Henkilö " + personId, null, null, personId, true);
        users.setGrants(userId, List.of(new fi.verme.app.access.Grant(role, organiser)));
        return api.as(userId, TestAccounts.PASSWORD);
    }

    /**
     * The organiser the tests' mentors belong to unless a test names one: they lead groups of many
     * test organisers' years, which is what lets those years pay them.
     */
    static final String MENTORS_ORGANISER = "verme-tests";

    /** Registers a mentor of the tests' own organiser through the API and returns the mentor id. */
    static String mentor(Api api, String firstName, String email) {
        return mentor(api, MENTORS_ORGANISER, firstName, email);
    }

    /** Registers a mentor belonging to the organiser through the API and returns the mentor id. */
    static String mentor(Api api, String organiser, String firstName, String email) {
        var response = api.post("/api/mentors?organiser=" + organiser, Map.of("firstName", firstName, "lastName", "Mentori",
                "email", email, "organisation", "Tampereen kaupunki", "trainingYear", 2019,
                "trainingProvider", "Osake"));
        assertThat(response.status()).as(response.raw().body()).isEqualTo(201);
        return response.json().get("mentorId").asText();
    }

    /** Forms a group through the API and returns its id. */
    static String group(Api api, String organiser, String theme, String mentorId, int minSize, int maxSize) {
        var response = api.post(path(organiser) + "/groups", Map.of("theme", theme, "name", "Ryhmä " + theme,
                "mentorIds", List.of(mentorId), "minSize", minSize, "maxSize", maxSize, "place", "Osake, Tampere"));
        assertThat(response.status()).as(response.raw().body()).isEqualTo(201);
        return response.json().get("groupId").asText();
    }

    /** Submits an enrolment through the API and returns its id. */
    static String enrol(Api api, String organiser, String name, List<String> wishes, String unit) {
        var body = enrolment(name, "Osallistuja", name.toLowerCase() + "." + organiser + "@example.fi");
        body.put("themeWishes", wishes);
        body.put("unit", unit);
        var response = api.post(path(organiser) + "/enrolments", body);
        assertThat(response.status()).as(response.raw().body()).isEqualTo(201);
        return response.json().get("enrolmentId").asText();
    }

    static Map<String, Object> enrolment(String firstName, String lastName, String email) {
        var body = new HashMap<String, Object>();
        body.put("firstName", firstName);
        body.put("lastName", lastName);
        body.put("email", email);
        body.put("phone", "040 123 4567");
        body.put("employer", "Seinäjoen kaupunki");
        body.put("unit", "Kasperin koulu");
        body.put("role", "TEACHER");
        body.put("careerStage", "NEW");
        body.put("themeWishes", List.of("UUDET", "K55"));
        body.put("availability", List.of("MONDAY_AFTERNOON", "THURSDAY_EVENING"));
        body.put("consentToProcessing", true);
        return body;
    }

    /**
     * The survey links mailed for a programme year ({@code organiser/schoolYear}), optionally to one address,
     * as their recipients receive them: read from the outbox table, since the outbox API hides them.
     */
    static List<String> surveyLinks(org.springframework.jdbc.core.JdbcTemplate jdbc, String programme,
                                    String recipient) {
        var link = java.util.regex.Pattern.compile("/#/kysely/(\\S+)");
        return jdbc.queryForList("""
                        select body from app.outbox where programme_year = ? and kind = 'survey-open'
                            and (cast(? as text) is null or lower(recipient_email) = lower(?))
                        order by created_at, message_id""", String.class, programme, recipient, recipient).stream()
                .map(link::matcher).filter(java.util.regex.Matcher::find)
                .map(found -> "/api/surveys/answers/" + found.group(1)).toList();
    }
}
