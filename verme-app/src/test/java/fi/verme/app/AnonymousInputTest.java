package fi.verme.app;

import static fi.verme.app.Programmes.enrol;
import static fi.verme.app.Programmes.group;
import static fi.verme.app.Programmes.mentor;
import static fi.verme.app.Programmes.path;
import static org.assertj.core.api.Assertions.assertThat;

import fi.verme.app.access.AccessRole;
import fi.verme.app.access.UserAccounts;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Anonymous input creates its own records and never changes registered data: the public form cannot
 * rename a registered person or enrol late, and what users type cannot run as a formula when finance
 * opens the payroll CSV.
 */
// The tests' anonymous requests all come from one address; the public form's rate limit is PublicFormTest's.
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "verme.public-form.per-address=1000")
@ExtendWith(OutputCaptureExtension.class)
class AnonymousInputTest {

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

    /** A started group led by the mentor, under Seinäjoki's rules: the mentor's planning fee is owed. */
    private String startedGroupOf(String mentorId) {
        assertThat(api.put(path(organiser) + "/compensation-rules", Map.of("preset", "SEINAJOKI")).status())
                .isEqualTo(200);
        assertThat(api.put(path(organiser) + "/compensation-rules", Map.of("hourlyFee", "50.00")).status())
                .isEqualTo(200);
        var groupId = group(api, organiser, "UUDET", mentorId, 2, 8);
        for (int i = 0; i < 2; i++) {
            var enrolment = enrol(api, organiser, "Jäsen" + i, List.of("UUDET"), "Koulu " + i);
            assertThat(api.post("/api/groups/" + groupId + "/participants", Map.of("enrolmentId", enrolment))
                    .status()).isEqualTo(200);
        }
        assertThat(api.post("/api/groups/" + groupId + "/start", Map.of()).status()).isEqualTo(200);
        return groupId;
    }

    private List<CSVRecord> payrollCsv() throws Exception {
        var csv = api.get(path(organiser) + "/compensation.csv");
        assertThat(csv.status()).isEqualTo(200);
        var text = csv.raw().body().substring(1); // the byte-order mark
        try (var parser = CSVFormat.Builder.create(CSVFormat.EXCEL).setDelimiter(';').get()
                .parse(new StringReader(text))) {
            return parser.getRecords();
        }
    }

    @Test
    void publicFormNeverRenamesARegisteredPerson() throws Exception {
        Programmes.openCallOpenToday(api, organiser);
        var email = "anneli." + organiser + "@example.fi";
        var mentorId = mentor(api, "Anneli", email);
        var groupId = startedGroupOf(mentorId);
        var personId = api.get("/api/mentors/" + mentorId).json().get("personId").asText();

        var impostor = Programmes.enrolment("Hakkeri", "Huijari", email.toUpperCase());
        impostor.put("phone", "050 666 6666");
        var response = api.anonymous().post(path(organiser) + "/enrolments", impostor);
        assertThat(response.status()).as(response.raw().body()).isEqualTo(201);
        var enrolmentId = response.json().get("enrolmentId").asText();

        // The register, and every view and export that reads it, still name the mentor as registered.
        assertThat(jdbc.queryForMap("select first_name, last_name, phone from enrolment.person where person_id = ?",
                personId)).containsEntry("first_name", "Anneli").containsEntry("last_name", "Mentori")
                .containsEntry("phone", null);
        var mentorView = api.get("/api/mentors/" + mentorId).json();
        assertThat(mentorView.get("name").toString()).contains("Anneli").doesNotContain("Hakkeri", "Huijari");
        assertThat(api.get("/api/groups/" + groupId).json().get("mentors").toString()).contains("Anneli")
                .doesNotContain("Hakkeri");
        var compensation = api.get(path(organiser) + "/compensation").json();
        assertThat(compensation.get("mentors").toString()).contains("Anneli Mentori").doesNotContain("Huijari");
        var names = payrollCsv().stream().skip(1).map(row -> row.get(0)).distinct().toList();
        assertThat(names).containsExactly("Anneli Mentori");

        // The form's details belong to that enrolment: the coordinator sees what was typed, linked by address.
        var enrolment = api.get("/api/enrolments/" + enrolmentId).json();
        assertThat(enrolment.get("personId").asText()).isEqualTo(personId);
        assertThat(enrolment.get("person").get("lastName").asText()).isEqualTo("Huijari");
        assertThat(enrolment.get("person").get("phone").asText()).isEqualTo("050 666 6666");
    }

    /**
     * A form the rules refuse is the sender's mistake: answered with its problem and not written to the log with a
     * stack trace, or anyone could fill the log (and its disk) at the form's rate.
     */
    @Test
    void aRefusedFormLeavesNoStackTraceInTheLog(CapturedOutput output) {
        Programmes.openCallOpenToday(api, organiser);
        var unknownTheme = Programmes.enrolment("Väärä", "Teema", "teema." + organiser + "@example.fi");
        unknownTheme.put("themeWishes", List.of("EI-OLE"));
        var enrolled = Programmes.enrolment("Kaksi", "Kertaa", "kaksi." + organiser + "@example.fi");
        assertThat(api.anonymous().post(path(organiser) + "/enrolments", enrolled).status()).isEqualTo(201);
        int before = output.length();

        var refused = api.anonymous().post(path(organiser) + "/enrolments", unknownTheme);
        assertThat(refused.status()).as(refused.raw().body()).isEqualTo(400);
        var again = api.anonymous().post(path(organiser) + "/enrolments", enrolled);
        assertThat(again.status()).as(again.raw().body()).isEqualTo(409);

        var logged = output.toString().substring(before);
        assertThat(logged).doesNotContain("Exception occurred while trying to", "\tat ");
    }

    /** The form's own rules for a field explain a refusal in the reader's language, as the standard ones do. */
    @Test
    void theFormsFieldRulesAnswerInTheReadersLanguage() {
        Programmes.openCallOpenToday(api, organiser);
        var form = Programmes.enrolment("Kieli", "Valinta", "kieli." + organiser + "@example.fi");
        form.put("phone", "x");
        for (var language : Map.of("fi", "on oltava puhelinnumero", "sv", "ska vara ett telefonnummer",
                "en", "must be a phone number").entrySet()) {
            var refused = api.anonymous().post(path(organiser) + "/enrolments", form,
                    Map.of("Accept-Language", language.getKey()));
            assertThat(refused.status()).as(refused.raw().body()).isEqualTo(400);
            assertThat(refused.json().get("errors").get(0).get("field").asText()).isEqualTo("phone");
            assertThat(refused.json().get("errors").get(0).get("message").asText()).as(language.getKey())
                    .startsWith(language.getValue());
        }
    }

    @Test
    void lateEnrolmentIsACoordinatorsActOnly() {
        Programmes.openCallOpenToday(api, organiser);
        assertThat(api.post(path(organiser) + "/enrolment-call/close", Map.of()).status()).isEqualTo(200);
        var otherOrganiser = Programmes.freshOrganiser();
        var otherCoordinator = Programmes.personApi(api, users, "p-" + otherOrganiser, AccessRole.COORDINATOR,
                otherOrganiser);
        long before = events();

        var late = Programmes.enrolment("Myöhä", "Inen", "myoha." + organiser + "@example.fi");
        late.put("lateReason", "NEW_EMPLOYEE");
        var anonymous = api.anonymous().post(path(organiser) + "/enrolments", late);
        assertThat(anonymous.status()).as(anonymous.raw().body()).isEqualTo(403);
        assertThat(anonymous.contentType()).startsWith("application/problem+json");
        assertThat(anonymous.json().get("type").asText()).isEqualTo("urn:verme:problem:late-enrolment-not-allowed");
        assertThat(anonymous.json().get("errors").get(0).get("field").asText()).isEqualTo("lateReason");
        assertThat(anonymous.json().get("errors").get(0).get("allowed").asText()).contains("coordinator");

        var withoutReason = new HashMap<>(late);
        withoutReason.remove("lateReason");
        var closed = api.anonymous().post(path(organiser) + "/enrolments", withoutReason);
        assertThat(closed.status()).isEqualTo(409);
        assertThat(closed.json().get("type").asText()).isEqualTo("urn:verme:problem:enrolment-call-not-open");

        var byAnotherOrganisersCoordinator = otherCoordinator.post(path(organiser) + "/enrolments", late);
        assertThat(byAnotherOrganisersCoordinator.status()).as(byAnotherOrganisersCoordinator.raw().body())
                .isEqualTo(403);
        assertThat(events()).as("nothing recorded for the refusals").isEqualTo(before);
        assertThat(jdbc.queryForObject("select count(*) from enrolment.person where email_key = ?", Long.class,
                "myoha." + organiser + "@example.fi")).isZero();

        var byCoordinator = api.post(path(organiser) + "/enrolments", late);
        assertThat(byCoordinator.status()).as(byCoordinator.raw().body()).isEqualTo(201);
        assertThat(api.get("/api/enrolments/" + byCoordinator.json().get("enrolmentId").asText()).json()
                .get("lateReason").asText()).isEqualTo("NEW_EMPLOYEE");
    }

    @Test
    void aLateReasonFromThePublicFormIsRefusedEvenWhileTheCallIsOpen() {
        Programmes.openCallOpenToday(api, organiser);
        long before = events();
        var body = Programmes.enrolment("Ajoissa", "Olija", "ajoissa." + organiser + "@example.fi");
        body.put("lateReason", "COORDINATOR_DECISION");
        var response = api.anonymous().post(path(organiser) + "/enrolments", body);
        assertThat(response.status()).as(response.raw().body()).isEqualTo(403);
        assertThat(response.json().get("errors").get(0).get("field").asText()).isEqualTo("lateReason");
        assertThat(events()).isEqualTo(before);
    }

    @Test
    void payrollCsvCellsCannotRunAsFormulas() throws Exception {
        Programmes.openCallOpenToday(api, organiser);
        var created = api.post("/api/mentors?organiser=" + organiser, Map.of("firstName", "=HYPERLINK(\"http://evil.example\",\"x\")",
                "lastName", "Mentori", "email", "kaava." + organiser + "@example.fi", "organisation", "Osake",
                "trainingYear", 2019, "trainingProvider", "Osake"));
        assertThat(created.status()).as(created.raw().body()).isEqualTo(201);
        var mentorId = created.json().get("mentorId").asText();
        startedGroupOf(mentorId);
        var formulas = List.of("=1+2", "+SUM(A1:A2)", "-2+3", "@SUM(A1)");
        for (var description : formulas) {
            var claim = api.post(path(organiser) + "/claims", Map.of("mentorId", mentorId, "hours", "0.5",
                    "description", description, "date", Programmes.today().toString()));
            assertThat(claim.status()).as(claim.raw().body()).isEqualTo(201);
            assertThat(api.post("/api/claims/" + claim.json().get("claimId").asText() + "/approve", Map.of())
                    .status()).isEqualTo(200);
        }

        var rows = payrollCsv();
        var cells = new ArrayList<String>();
        rows.stream().skip(1).forEach(row -> row.forEach(cells::add));
        assertThat(cells).contains("'=HYPERLINK(\"http://evil.example\",\"x\") Mentori", "'=1+2", "'+SUM(A1:A2)",
                "'-2+3", "'@SUM(A1)");
        assertThat(cells).allSatisfy(cell -> {
            if (!cell.isEmpty() && "=+-@\t\r".indexOf(cell.charAt(0)) >= 0) {
                assertThat(cell).as("only our own numbers may begin like a formula").matches("-\\d+(,\\d+)?");
            }
        });
        // Every data cell is quoted, so no cell can spill into the next one.
        var raw = api.get(path(organiser) + "/compensation.csv").raw().body();
        assertThat(raw.lines().skip(1)).allSatisfy(line -> assertThat(line).startsWith("\"").endsWith("\""));
    }
}
