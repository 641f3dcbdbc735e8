package fi.verme.app;

import static fi.verme.app.Programmes.path;
import static org.assertj.core.api.Assertions.assertThat;

import fi.verme.shared.ProgrammeYear;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.beans.factory.config.YamlPropertiesFactoryBean;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.io.ClassPathResource;

/**
 * The public enrolment form under the limits the application ships with: a school's staff enrolling together behind
 * one address all get through, while a flood from one address, the same e-mail address again and again, or a flood
 * spread over many addresses onto one call is stopped with 429 problem+json and {@code Retry-After}. The tests come
 * through a reverse proxy on the same host (loopback, which is trusted), so {@code X-Forwarded-For} names the client;
 * {@link PublicFormUntrustedPeerTest} has the same limits without a trusted proxy.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"verme.public-form.per-address=60", "verme.public-form.per-call=300",
                "verme.public-form.per-email=5"})
class PublicFormTest {

    @LocalServerPort
    int port;
    @Value("${verme.public-form.per-address}")
    int perAddress;
    @Value("${verme.public-form.per-call}")
    int perCall;
    @Value("${verme.public-form.per-email}")
    int perEmail;
    Api anonymous;

    @BeforeEach
    void anonymousClient() {
        anonymous = Api.anonymous(port);
    }

    /** A new person's enrolment, posted from the client address the proxy forwards. */
    private Api.Response enrol(String organiser, String address, String firstName, String email) {
        return anonymous.post(path(organiser) + "/enrolments", Programmes.enrolment(firstName, "Opettaja", email),
                Map.of("X-Forwarded-For", address));
    }

    /** A body the form refuses (400): it passes the limits, and is counted by them, without enrolling anyone. */
    private Api.Response refusedBody(String organiser, String forwardedFor) {
        return anonymous.post(path(organiser) + "/enrolments", Map.of(), Map.of("X-Forwarded-For", forwardedFor));
    }

    private static void assertRateLimited(Api.Response response, String type, int atMostSeconds) {
        assertThat(response.status()).as(response.raw().body()).isEqualTo(429);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.json().get("type").asText()).isEqualTo("urn:verme:problem:" + type);
        assertThat(Integer.parseInt(response.header("Retry-After"))).isBetween(1, atMostSeconds);
    }

    @Test
    void theLimitsTestedHereAreTheOnesTheApplicationShipsWith() {
        var yaml = new YamlPropertiesFactoryBean();
        yaml.setResources(new ClassPathResource("application.yml"));
        var shipped = yaml.getObject();
        assertThat(shipped.getProperty("verme.public-form.per-address")).isEqualTo(String.valueOf(perAddress));
        assertThat(shipped.getProperty("verme.public-form.per-call")).isEqualTo(String.valueOf(perCall));
        assertThat(shipped.getProperty("verme.public-form.per-email")).isEqualTo(String.valueOf(perEmail));
    }

    @Test
    void thirtyPeopleOfOneSchoolBehindOneAddressAllEnrol() {
        var organiser = Programmes.freshOrganiser();
        Programmes.openCallOpenToday(new Api(port), organiser);
        for (int i = 0; i < 30; i++) {
            var response = enrol(organiser, "203.0.113.30", "Opettaja" + i, "opettaja" + i + "." + organiser + "@koulu.example.fi");
            assertThat(response.status()).as(i + ": " + response.raw().body()).isEqualTo(201);
        }
        assertThat(new Api(port).get(path(organiser) + "/enrolments").json()).hasSize(30);
    }

    @Test
    void aFloodFromOneAddressIsStoppedWhileOthersStillEnrol() {
        var organiser = Programmes.freshOrganiser();
        Programmes.openCallOpenToday(new Api(port), organiser);
        var statuses = new ArrayList<Integer>();
        for (int i = 0; i < 200; i++) {
            var response = enrol(organiser, "203.0.113.7", "Tulva" + i, "tulva" + i + "." + organiser + "@example.fi");
            statuses.add(response.status());
            if (response.status() != 201) {
                assertRateLimited(response, "rate-limited", 600);
            }
        }
        assertThat(statuses.subList(0, perAddress)).containsOnly(201);
        // A token comes back every 10 s; however slowly this runs, most of the rest are refused.
        assertThat(statuses.subList(perAddress, 200).stream().filter(status -> status == 429).count())
                .isGreaterThanOrEqualTo(100);
        var other = enrol(organiser, "198.51.100.23", "Toinen", "toinen." + organiser + "@example.fi");
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

    /**
     * Asking, through personal links, for someone's address to become one's own mails that address a confirmation:
     * however many links ask, and from wherever, the address gets no more than the form would send it.
     */
    @Test
    void oneAddressIsNotFloodedWithConfirmationsThroughManyPersonalLinks() {
        var organiser = Programmes.freshOrganiser();
        Programmes.openCallOpenToday(new Api(port), organiser);
        var victim = "tulva." + organiser + "@example.fi";
        var statuses = new ArrayList<Integer>();
        for (int i = 0; i < perEmail + 2; i++) {
            var address = "198.51.100." + (10 + i);
            var created = enrol(organiser, address, "Linkki" + i, "linkki" + i + "." + organiser + "@example.fi");
            assertThat(created.status()).as(created.raw().body()).isEqualTo(201);
            // The person's own link (the one their receipt e-mail brings; the form's answer is only a receipt).
            var own = new Api(port).get("/api/enrolments/" + created.json().get("enrolmentId").asText() + "/link")
                    .json().get("token").asText();
            var asked = anonymous.post("/api/enrolment-links/" + own + "/contact-details/email", Map.of("email", i % 2 == 0 ? victim : victim.toUpperCase(
                    java.util.Locale.ROOT)), Map.of("X-Forwarded-For", address));
            statuses.add(asked.status());
            if (i >= perEmail) {
                assertRateLimited(asked, "email-rate-limited", 3600);
            }
        }
        assertThat(statuses.subList(0, perEmail)).containsOnly(202);
    }

    @Test
    void theSameEmailAddressAgainAndAgainIsStoppedWhateverTheAddressOrLetterCase() {
        var organiser = Programmes.freshOrganiser();
        Programmes.openCallOpenToday(new Api(port), organiser);
        var email = "sama.henkilo." + organiser + "@example.fi";
        var statuses = new ArrayList<Integer>();
        for (int i = 0; i < 10; i++) {
            var spelled = i % 2 == 0 ? email : email.toUpperCase(java.util.Locale.ROOT);
            var response = enrol(organiser, "192.0.2." + (100 + i), "Sama", spelled);
            statuses.add(response.status());
            if (i >= perEmail) {
                assertRateLimited(response, "email-rate-limited", 3600);
            }
        }
        assertThat(statuses).containsExactly(201, 409, 409, 409, 409, 429, 429, 429, 429, 429);
        // Another organiser's call is no way around it: the address is someone's, wherever it is sent.
        var elsewhere = Programmes.freshOrganiser();
        Programmes.openCallOpenToday(new Api(port), elsewhere);
        assertRateLimited(enrol(elsewhere, "192.0.2.120", "Sama", email), "email-rate-limited", 3600);
    }

    @Test
    void aFloodSpreadOverManyAddressesIsStoppedAtItsCallAlone() {
        var organiser = Programmes.freshOrganiser();
        Programmes.openCallOpenToday(new Api(port), organiser);
        for (int i = 0; i < perCall; i++) {
            var response = refusedBody(organiser, "198.18." + (i / 200) + "." + (i % 200 + 1));
            assertThat(response.status()).as(i + ": " + response.raw().body()).isEqualTo(400);
        }
        // Now real people, each from an address of their own: the call's budget is spent. A token comes back every
        // 2 s; however slowly this runs, most are refused.
        int refused = 0;
        for (int i = 0; i < 100; i++) {
            var response = enrol(organiser, "198.18.9." + (i + 1), "Myohassa" + i, "myohassa" + i + "." + organiser
                    + "@example.fi");
            if (response.status() != 201) {
                assertRateLimited(response, "call-rate-limited", 600);
                refused++;
            }
        }
        assertThat(refused).isGreaterThanOrEqualTo(50);
        var otherCall = Programmes.freshOrganiser();
        Programmes.openCallOpenToday(new Api(port), otherCall);
        var elsewhere = enrol(otherCall, "198.18.10.1", "Muualla", "muualla." + otherCall + "@example.fi");
        assertThat(elsewhere.status()).as(elsewhere.raw().body()).isEqualTo(201);
    }

    /**
     * The trusted proxy appends the address it saw to what the client sent: whatever the client claims in front of
     * it, the client is the address the proxy saw, and its budget is that address's.
     */
    @Test
    void addressesAClientClaimsInFrontOfTheProxysGiveNoFreshBudget() {
        var organiser = Programmes.freshOrganiser();
        Programmes.openCallOpenToday(new Api(port), organiser);
        for (int i = 0; i < perAddress; i++) {
            assertThat(refusedBody(organiser, "10.66.0." + (i + 1) + ", 203.0.113.99").status()).isEqualTo(400);
        }
        // A token comes back every 10 s; however slowly this runs, most of these are refused.
        int refused = 0;
        for (int i = 0; i < 20; i++) {
            var claimed = anonymous.post(path(organiser) + "/enrolments", Programmes.enrolment("Naamio" + i, "Opettaja",
                    "naamio" + i + "." + organiser + "@example.fi"), Map.of("X-Forwarded-For", "10.66.1." + (i + 1)
                    + ", 203.0.113.99"));
            if (claimed.status() != 201) {
                assertRateLimited(claimed, "rate-limited", 600);
                refused++;
            }
        }
        assertThat(refused).isGreaterThanOrEqualTo(10);
    }

    @Test
    void oversizedAndPathologicalBodiesAreRefused() {
        var api = new Api(port);
        var organiser = Programmes.freshOrganiser();
        Programmes.openCallOpenToday(api, organiser);
        var big = Programmes.enrolment("Big", "Body", "big@example.fi");
        big.put("unit", "x".repeat(17_000));
        var tooLarge = api.post(path(organiser) + "/enrolments", big, Map.of("X-Forwarded-For", "192.0.2.1"));
        assertThat(tooLarge.status()).isEqualTo(413);
        assertThat(tooLarge.json().get("type").asText()).isEqualTo("urn:verme:problem:payload-too-large");

        var deep = "[".repeat(40) + "]".repeat(40);
        var nested = api.post(path(organiser) + "/enrolment-call", "{\"themes\":" + deep + "}");
        assertThat(nested.status()).isEqualTo(400);
        var longString = api.post(path(organiser) + "/enrolment-call", "{\"themes\":[{\"code\":\"A\",\"name\":\""
                + "y".repeat(60_000) + "\"}]}");
        assertThat(longString.status()).isEqualTo(400);
        assertThat(List.of(tooLarge.status(), nested.status())).doesNotContain(429);
    }
}
