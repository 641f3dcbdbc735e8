package fi.verme.app;

import static fi.verme.app.Programmes.enrolment;
import static fi.verme.app.Programmes.path;
import static org.assertj.core.api.Assertions.assertThat;

import fi.verme.shared.ProgrammeYear;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The call changes while people enrol: the coordinator extends it and adds a theme, each recorded as its own event,
 * and whoever enrols afterwards sees the new closing date and may wish for the new theme; what would break the call's
 * rules is refused by name and records nothing.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class EnrolmentCallChangesApiTest {

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;

    private long events() {
        return jdbc.queryForObject("select count(*) from domain_event_entry", Long.class);
    }

    private List<String> callEvents(String organiser) {
        return jdbc.queryForList("""
                select payload_type from domain_event_entry where aggregate_identifier = ? order by sequence_number""",
                String.class, organiser + "/" + Programmes.SCHOOL_YEAR);
    }

    @Test
    void anExtendedCallWithANewThemeTakesEnrolmentsForItAndSaysSoToEveryone() {
        var api = new Api(port);
        var anonymous = Api.anonymous(port);
        var organiser = Programmes.freshOrganiser();
        var today = Programmes.today();
        // The call's closing date passed yesterday: the public form refuses.
        Programmes.openCall(api, organiser, today.minusDays(10), today.minusDays(1));
        var tooLate = anonymous.post(path(organiser) + "/enrolments", enrolment("Aino", "Myöhä", "aino." + organiser
                + "@example.fi"));
        assertThat(tooLate.status()).isEqualTo(409);
        assertThat(tooLate.json().get("type").asText()).isEqualTo("urn:verme:problem:enrolment-call-not-open");
        var lapsedTheme = api.post(path(organiser) + "/enrolment-call/themes", Map.of("code", "LUKIO",
                "name", "Lukion opettajat"));
        assertThat(lapsedTheme.status()).as("a theme nobody could wish for").isEqualTo(409);
        assertThat(lapsedTheme.json().get("type").asText()).isEqualTo("urn:verme:problem:enrolment-call-already-closed");

        var extended = api.post(path(organiser) + "/enrolment-call/extend", Map.of("closesOn", today.toString()));
        assertThat(extended.status()).as(extended.raw().body()).isEqualTo(200);
        assertThat(extended.json().get("closesOn").asText()).isEqualTo(today.toString());
        assertThat(extended.json().get("status").asText()).isEqualTo("OPEN");
        var added = api.post(path(organiser) + "/enrolment-call/themes", Map.of("code", "LUKIO",
                "name", "Lukion opettajat"));
        assertThat(added.status()).as(added.raw().body()).isEqualTo(200);
        assertThat(added.json().get("themes").findValuesAsText("code")).containsExactly("UUDET", "K55", "ERITYIS",
                "LUKIO");
        assertThat(callEvents(organiser)).containsExactly("fi.verme.enrolment.api.EnrolmentCallOpened",
                "fi.verme.enrolment.api.EnrolmentCallExtended", "fi.verme.enrolment.api.EnrolmentCallThemeAdded");

        // Whoever comes to the form now: the call and the list of open calls show the new date and the new theme.
        var call = anonymous.get(path(organiser) + "/enrolment-call").json();
        assertThat(call.get("closesOn").asText()).isEqualTo(today.toString());
        assertThat(call.get("themes").findValuesAsText("name")).contains("Lukion opettajat");
        var open = anonymous.get("/api/enrolment-calls").json();
        assertThat(open.findParents("programmeYear").stream()
                .filter(c -> c.get("programmeYear").get("organiser").asText().equals(organiser)))
                .singleElement().satisfies(c -> assertThat(c.get("closesOn").asText()).isEqualTo(today.toString()));
        var body = enrolment("Aino", "Lukio", "aino." + organiser + "@example.fi");
        body.put("themeWishes", List.of("LUKIO"));
        var enrolled = anonymous.post(path(organiser) + "/enrolments", body);
        assertThat(enrolled.status()).as(enrolled.raw().body()).isEqualTo(201);
        assertThat(api.get(path(organiser) + "/enrolments?theme=LUKIO").json()).hasSize(1);
        var mentorId = Programmes.mentor(api, "Lukio", "lukio." + organiser + "@example.fi");
        Programmes.group(api, organiser, "LUKIO", mentorId, 2, 8);
    }

    @Test
    void changesThatBreakTheCallsRulesAreRefusedByNameAndRecordNothing() {
        var api = new Api(port);
        var organiser = Programmes.freshOrganiser();
        Programmes.openCallOpenToday(api, organiser);
        var year = new ProgrammeYear(organiser, Programmes.SCHOOL_YEAR);
        var closesOn = api.get(path(organiser) + "/enrolment-call").json().get("closesOn").asText();
        var before = events();

        var taken = api.post(path(organiser) + "/enrolment-call/themes", Map.of("code", "K55", "name", "Konkarit"));
        assertThat(taken.status()).isEqualTo(409);
        assertThat(taken.json().get("type").asText()).isEqualTo("urn:verme:problem:theme-already-offered");
        assertThat(taken.json().get("code").asText()).isEqualTo("K55");
        var malformed = api.post(path(organiser) + "/enrolment-call/themes", Map.of("code", "LUKIO JA AMIS",
                "name", "Toinen aste"));
        assertThat(malformed.status()).isEqualTo(400);
        assertThat(malformed.json().get("errors").get(0).get("field").asText()).isEqualTo("code");
        var nameless = api.post(path(organiser) + "/enrolment-call/themes", Map.of("code", "LUKIO"));
        assertThat(nameless.status()).isEqualTo(400);
        assertThat(nameless.json().get("errors").get(0).get("field").asText()).isEqualTo("name");

        var sameDay = api.post(path(organiser) + "/enrolment-call/extend", Map.of("closesOn", closesOn));
        assertThat(sameDay.status()).isEqualTo(400);
        assertThat(sameDay.json().get("type").asText())
                .isEqualTo("urn:verme:problem:enrolment-call-extension-out-of-range");
        assertThat(sameDay.json().get("errors").get(0).get("field").asText()).isEqualTo("closesOn");
        assertThat(sameDay.json().get("latest").asText()).isEqualTo(year.lastDay().toString());
        var nextYear = api.post(path(organiser) + "/enrolment-call/extend",
                Map.of("closesOn", year.lastDay().plusDays(1).toString()));
        assertThat(nextYear.status()).isEqualTo(400);
        assertThat(nextYear.json().get("type").asText())
                .isEqualTo("urn:verme:problem:enrolment-call-extension-out-of-range");
        var dateless = api.post(path(organiser) + "/enrolment-call/extend", Map.of());
        assertThat(dateless.status()).isEqualTo(400);
        assertThat(dateless.json().get("errors").get(0).get("field").asText()).isEqualTo("closesOn");
        assertThat(events()).as("refusals record nothing").isEqualTo(before);

        assertThat(api.post(path(organiser) + "/enrolment-call/close", Map.of()).status()).isEqualTo(200);
        var afterClose = api.post(path(organiser) + "/enrolment-call/extend",
                Map.of("closesOn", year.lastDay().toString()));
        assertThat(afterClose.status()).isEqualTo(409);
        assertThat(afterClose.json().get("type").asText()).isEqualTo("urn:verme:problem:enrolment-call-already-closed");
        var themeAfterClose = api.post(path(organiser) + "/enrolment-call/themes", Map.of("code", "LUKIO",
                "name", "Lukion opettajat"));
        assertThat(themeAfterClose.status()).isEqualTo(409);
        assertThat(callEvents(organiser)).containsExactly("fi.verme.enrolment.api.EnrolmentCallOpened",
                "fi.verme.enrolment.api.EnrolmentCallClosed");
    }

    @Test
    void aCallNobodyOpenedCannotBeChanged() {
        var api = new Api(port);
        var nobody = path(Programmes.freshOrganiser());
        assertThat(api.post(nobody + "/enrolment-call/themes", Map.of("code", "LUKIO", "name", "Lukio")).status())
                .isEqualTo(404);
        assertThat(api.post(nobody + "/enrolment-call/extend", Map.of("closesOn", Programmes.today().toString()))
                .status()).isEqualTo(404);
    }
}
