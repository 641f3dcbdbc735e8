package fi.verme.app;

import static fi.verme.app.Programmes.path;
import static org.assertj.core.api.Assertions.assertThat;

import fi.verme.shared.ProgrammeYear;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The public enrolment form: a flood from one address is slowed down, others still get through. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"verme.public-form.requests-per-minute=5", "verme.public-form.max-body-bytes=2048"})
class PublicFormTest {

    @LocalServerPort
    int port;

    @Test
    void aFloodFromOneAddressGets429WhileOthersStillEnrol() {
        var api = new Api(port);
        var organiser = Programmes.freshOrganiser();
        Programmes.openCallOpenToday(api, organiser);
        var statuses = new ArrayList<Integer>();
        String retryAfter = null;
        for (int i = 0; i < 12; i++) {
            var response = api.post(path(organiser) + "/enrolments",
                    Programmes.enrolment("Flood", "Er" + i, "flood" + i + "@example.fi"),
                    Map.of("X-Forwarded-For", "203.0.113.7"));
            statuses.add(response.status());
            if (response.status() == 429) {
                retryAfter = response.header("Retry-After");
                assertThat(response.json().get("type").asText()).isEqualTo("urn:verme:problem:rate-limited");
            }
        }
        assertThat(statuses.subList(0, 5)).containsOnly(201);
        assertThat(statuses.subList(5, 12)).containsOnly(429);
        assertThat(Integer.parseInt(retryAfter)).isBetween(1, 60);
        var other = api.post(path(organiser) + "/enrolments", Programmes.enrolment("Other", "Person",
                "other@example.fi"), Map.of("X-Forwarded-For", "198.51.100.23"));
        assertThat(other.status()).as(other.raw().body()).isEqualTo(201);
    }

    @Test
    void theFormOfAnOrganiserWithoutAPrivacyNoticeTakesNoEnrolmentsUntilItHasOne() {
        var api = new Api(port);
        var organiser = Programmes.freshOrganiser();
        var year = Programmes.SCHOOL_YEAR;
        var opened = api.post(path(organiser) + "/enrolment-call", Map.of(
                "themes", List.of(Map.of("code", "UUDET", "name", "Uudet opettajat"), Map.of("code", "K55", "name",
                        "Konkarit")), "targetRoles", List.of(),
                "opensOn", Programmes.today().minusDays(1).toString(),
                "closesOn", Programmes.today().plusDays(5).isAfter(new ProgrammeYear(organiser, year).lastDay())
                        ? new ProgrammeYear(organiser, year).lastDay().toString()
                        : Programmes.today().plusDays(5).toString()));
        assertThat(opened.status()).as(opened.raw().body()).isEqualTo(201);
        var anonymous = api.anonymous();
        var address = Map.of("X-Forwarded-For", "192.0.2.77");

        var refused = anonymous.post(path(organiser) + "/enrolments",
                Programmes.enrolment("Ennen", "Selostetta", "ennen." + organiser + "@example.fi"), address);
        assertThat(refused.status()).as(refused.raw().body()).isEqualTo(409);
        assertThat(refused.json().get("type").asText()).isEqualTo("urn:verme:problem:privacy-notice-missing");
        assertThat(refused.json().get("title").asText()).isEqualTo("Lomaketta ei ole vielä julkaistu");
        assertThat(api.get(path(organiser) + "/enrolments").json()).as("nothing recorded").isEmpty();

        // A coordinator may still record an enrolment (one sent on paper, say).
        assertThat(api.post(path(organiser) + "/enrolments", Programmes.enrolment("Paperilla", "Tullut",
                "paperilla." + organiser + "@example.fi")).status()).isEqualTo(201);

        Programmes.publishPrivacyNotice(api, organiser);
        var accepted = anonymous.post(path(organiser) + "/enrolments",
                Programmes.enrolment("Jalkeen", "Selosteen", "jalkeen." + organiser + "@example.fi"), address);
        assertThat(accepted.status()).as(accepted.raw().body()).isEqualTo(201);
    }

    @Test
    void oversizedAndPathologicalBodiesAreRefused() {
        var api = new Api(port);
        var organiser = Programmes.freshOrganiser();
        Programmes.openCallOpenToday(api, organiser);
        var big = Programmes.enrolment("Big", "Body", "big@example.fi");
        big.put("unit", "x".repeat(3000));
        var tooLarge = api.post(path(organiser) + "/enrolments", big, Map.of("X-Forwarded-For", "192.0.2.1"));
        assertThat(tooLarge.status()).isEqualTo(413);
        assertThat(tooLarge.json().get("type").asText()).isEqualTo("urn:verme:problem:payload-too-large");

        var deep = "[".repeat(40) + "]".repeat(40);
        var nested = api.post(path(organiser) + "/enrolment-call", "{\"themes\":" + deep + "}");
        assertThat(nested.status()).isEqualTo(400);
        var longString = api.post(path(organiser) + "/enrolment-call", "{\"themes\":[{\"code\":\"A\",\"name\":\""
                + "y".repeat(60_000) + "\"}]}");
        assertThat(longString.status()).isEqualTo(400);
    }
}
