package fi.verme.app;

import static fi.verme.app.Programmes.enrol;
import static fi.verme.app.Programmes.group;
import static fi.verme.app.Programmes.mentor;
import static fi.verme.app.Programmes.path;
import static org.assertj.core.api.Assertions.assertThat;

import fi.verme.app.access.AccessRole;
import fi.verme.app.access.UserAccounts;
import fi.verme.app.platform.web.LogSafe;
import java.io.StringReader;
import java.net.URI;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.actuate.observability.AutoConfigureObservability;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A person's calendar feed over all their groups, read with ical4j as a calendar application would: made on their
 * own page (signed in, or through their personal link), renewed so that the old address finds nothing, gone with
 * the person, and kept only as a hash.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureObservability(tracing = false) // the metrics, to look for the secret in their tags
class CalendarFeedApiTest {

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    UserAccounts users;

    Api api;
    String organiser;
    String mentorPerson;
    String firstGroup;
    String secondGroup;
    String memberEnrolment;
    String memberPerson;

    @BeforeEach
    void setUp() {
        api = new Api(port);
        organiser = Programmes.freshOrganiser();
        Programmes.openCallOpenToday(api, organiser);
        var mentorId = mentor(api, "Kaisa", "kaisa." + organiser + "@example.fi");
        mentorPerson = api.get("/api/mentors/" + mentorId).json().get("personId").asText();
        firstGroup = group(api, organiser, "UUDET", mentorId, 2, 6);
        secondGroup = group(api, organiser, "K55", mentorId, 2, 6);
        memberEnrolment = enrol(api, organiser, "Veera", List.of("UUDET"), "Koulu 1");
        start(firstGroup, memberEnrolment, enrol(api, organiser, "Vilma", List.of("UUDET"), "Koulu 3"));
        start(secondGroup, enrol(api, organiser, "Ville", List.of("K55"), "Koulu 2"),
                enrol(api, organiser, "Väinö", List.of("K55"), "Koulu 4"));
        memberPerson = api.get("/api/enrolments/" + memberEnrolment).json().get("personId").asText();
    }

    private void start(String groupId, String... enrolmentIds) {
        for (var enrolmentId : enrolmentIds) {
            assertThat(api.post("/api/groups/" + groupId + "/participants", Map.of("enrolmentId", enrolmentId))
                    .status()).isEqualTo(200);
        }
        assertThat(api.post("/api/groups/" + groupId + "/start", Map.of()).status()).isEqualTo(200);
    }

    private String schedule(String groupId, String place) {
        var response = api.post("/api/groups/" + groupId + "/meetings", Map.of("date", Programmes.today().toString(),
                "startTime", "17:15", "plannedMinutes", 90, "place", place));
        assertThat(response.status()).as(response.raw().body()).isEqualTo(201);
        return response.json().get("meetingId").asText();
    }

    private static String value(VEvent event, String property) {
        return event.<Property>getProperty(property).map(Property::getValue).orElse("");
    }

    private List<VEvent> events(String url) throws Exception {
        var feed = Api.anonymous(port).get(URI.create(url).getPath());
        assertThat(feed.status()).as(feed.raw().body()).isEqualTo(200);
        assertThat(feed.contentType()).startsWith("text/calendar");
        return new CalendarBuilder().build(new StringReader(feed.raw().body())).getComponents("VEVENT");
    }

    @Test
    void aMentorsFeedHoldsEveryGroupTheyLeadAndEachJointMeetingOnce() throws Exception {
        schedule(firstGroup, "Koulu 1, luokka 12");
        var cancelled = schedule(secondGroup, "Kirjasto");
        api.post("/api/meetings/" + cancelled + "/cancel", Map.of("reason", "GROUP_DECISION"));
        assertThat(api.post(path(organiser) + "/joint-meetings", Map.of("kind", "KICKOFF", "date",
                Programmes.today().toString(), "durationMinutes", 120, "groups", List.of(firstGroup, secondGroup)))
                .status()).isEqualTo(201);

        var mentor = Programmes.personApi(api, users, mentorPerson, AccessRole.MENTOR, organiser);
        assertThat(mentor.get("/api/me/calendar-feed").json().get("active").asBoolean()).isFalse();
        var made = mentor.post("/api/me/calendar-feed", Map.of());
        assertThat(made.status()).as(made.raw().body()).isEqualTo(200);
        var url = made.json().get("url").asText();
        assertThat(url).contains("/api/calendar-feeds/").endsWith(".ics");
        assertThat(mentor.get("/api/me/calendar-feed").json().get("active").asBoolean()).isTrue();

        var events = events(url);
        assertThat(events).extracting(e -> value(e, "SUMMARY")).containsExactlyInAnyOrder(
                "Verme: Ryhmä UUDET", "Verme: Ryhmä K55", "Verme: yhteinen aloitustapaaminen");
        var byPlace = events.stream().filter(e -> value(e, "LOCATION").equals("Kirjasto")).findFirst().orElseThrow();
        assertThat(value(byPlace, "STATUS")).isEqualTo("CANCELLED");
        var planned = events.stream().filter(e -> value(e, "LOCATION").equals("Koulu 1, luokka 12")).findFirst()
                .orElseThrow();
        assertThat(value(planned, "STATUS")).isEqualTo("CONFIRMED");
        // A time a calendar places without guessing: UTC (or a zone the feed defines), 17.15 in Helsinki.
        var start = planned.<Property>getProperty("DTSTART").orElseThrow();
        assertThat(start.getValue().endsWith("Z") || start.getParameter("TZID").isPresent()).isTrue();
        assertThat(java.time.ZonedDateTime.ofInstant(java.time.Instant.from(
                        java.time.format.DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmssX").parse(start.getValue())),
                java.time.ZoneId.of("Europe/Helsinki")).toLocalTime()).isEqualTo(java.time.LocalTime.of(17, 15));
        // What a calendar application needs to refresh an entry rather than add another.
        assertThat(events).allSatisfy(e -> {
            assertThat(value(e, "UID")).endsWith("@verme");
            assertThat(value(e, "SEQUENCE")).isNotEmpty();
        });
        assertThat(value(planned, "LAST-MODIFIED")).isNotEmpty();
        assertThat(events(url)).extracting(e -> value(e, "UID"))
                .as("the same entries on every refresh").containsExactlyInAnyOrderElementsOf(
                        events.stream().map(e -> value(e, "UID")).toList());
    }

    @Test
    void aMemberMakesTheirFeedThroughTheirPersonalLinkAndARenewalRetiresTheOldAddress() throws Exception {
        schedule(firstGroup, "Koulu 1, luokka 12");
        schedule(secondGroup, "Kirjasto");
        var token = api.get("/api/enrolments/" + memberEnrolment + "/link").json().get("token").asText();
        var anonymous = Api.anonymous(port);
        assertThat(anonymous.get("/api/enrolment-links/" + token + "/calendar-feed").json().get("active")
                .asBoolean()).isFalse();
        var first = anonymous.post("/api/enrolment-links/" + token + "/calendar-feed", Map.of()).json()
                .get("url").asText();
        assertThat(events(first)).extracting(e -> value(e, "LOCATION"))
                .as("their own group's meetings, not another group's").containsExactly("Koulu 1, luokka 12");

        var renewed = anonymous.post("/api/enrolment-links/" + token + "/calendar-feed", Map.of()).json()
                .get("url").asText();
        assertThat(renewed).isNotEqualTo(first);
        var old = anonymous.get(URI.create(first).getPath());
        assertThat(old.status()).isEqualTo(404);
        assertThat(old.json().get("type").asText()).isEqualTo("urn:verme:problem:calendar-feed-not-found");
        assertThat(old.raw().body()).doesNotContain("Veera").doesNotContain(memberPerson);
        assertThat(events(renewed)).hasSize(1);

        // The same feed as the signed-in person sees it.
        var member = Programmes.personApi(api, users, memberPerson, AccessRole.PARTICIPANT, organiser);
        assertThat(member.get("/api/me/calendar-feed").json().get("active").asBoolean()).isTrue();
        assertThat(anonymous.get("/api/enrolment-links/not-a-link/calendar-feed").status()).isEqualTo(403);
    }

    @Test
    void theSecretIsKeptOnlyAsItsHashAndGoesWithThePerson() {
        var member = Programmes.personApi(api, users, memberPerson, AccessRole.PARTICIPANT, organiser);
        var url = member.post("/api/me/calendar-feed", Map.of()).json().get("url").asText();
        var token = api.get("/api/enrolments/" + memberEnrolment + "/link").json().get("token").asText();
        var secret = url.substring(url.lastIndexOf('/') + 1, url.length() - ".ics".length());
        var kept = jdbc.queryForObject("select encode(secret_hash, 'hex') from app.calendar_feed where person_id = ?",
                String.class, memberPerson);
        assertThat(kept).hasSize(64).doesNotContain(HexFormat.of().formatHex(secret.getBytes()));
        // A log line that names the address leaves the secret out, and so do the metrics' tags.
        assertThat(LogSafe.text(URI.create(url).getPath())).doesNotContain(secret);
        assertThat(Api.anonymous(port).get(URI.create(url).getPath()).status()).isEqualTo(200);
        assertThat(Api.anonymous(port).get("/api/calendar-feeds/" + secret + "x.ics").status()).isEqualTo(404);
        var metrics = api.as(TestAccounts.ADMIN, TestAccounts.PASSWORD).get("/actuator/prometheus");
        assertThat(metrics.raw().body()).contains("/api/calendar-feeds/{secret}.ics").doesNotContain(secret);

        assertThat(api.as(TestAccounts.ADMIN, TestAccounts.PASSWORD).delete("/api/persons/" + memberPerson).status())
                .isEqualTo(204);
        assertThat(Api.anonymous(port).get(URI.create(url).getPath()).status()).isEqualTo(404);
        assertThat(jdbc.queryForObject("select count(*) from app.calendar_feed where person_id = ?", Long.class,
                memberPerson)).isZero();
        // Their personal link, still signed, makes no new feed for the person erased.
        var again = Api.anonymous(port).post("/api/enrolment-links/" + token + "/calendar-feed", Map.of());
        assertThat(again.status()).as(again.raw().body()).isEqualTo(404);
        assertThat(jdbc.queryForObject("select count(*) from app.calendar_feed where person_id = ?", Long.class,
                memberPerson)).isZero();
    }

    /**
     * A feed made signed in follows the groups its account reaches when it is read, as the account's own page does:
     * made before the person had a group, it does not take in a group of another organiser that the account's grants
     * do not reach, and once the account is closed it answers nothing. (Made through the personal link, the person's
     * own, it holds every group: the test above.)
     */
    @Test
    void aFeedMadeSignedInHoldsOnlyTheGroupsItsAccountReaches() throws Exception {
        var email = "noora." + organiser + "@example.fi";
        var person = api.get("/api/enrolments/" + enrol(api, organiser, "Noora", List.of("UUDET"), "Koulu 5")).json()
                .get("personId").asText();
        var userId = "noora-" + java.util.UUID.randomUUID().toString().substring(0, 8);
        users.save(userId, TestAccounts.PASSWORD, "Noora", null, null, person, true);
        users.setGrants(userId, List.of(new fi.verme.app.access.Grant(AccessRole.PARTICIPANT, organiser)));
        var made = api.as(userId, TestAccounts.PASSWORD).post("/api/me/calendar-feed", Map.of());
        assertThat(made.status()).as(made.raw().body()).isEqualTo(200);
        var url = made.json().get("url").asText();
        assertThat(events(url)).isEmpty();

        var other = Programmes.freshOrganiser();
        Programmes.openCallOpenToday(api, other);
        var otherGroup = group(api, other, "UUDET", mentor(api, other, "Olga", "olga." + other + "@example.fi"), 2, 6);
        var body = Programmes.enrolment("Noora", "Osallistuja", email);
        var elsewhere = api.post(path(other) + "/enrolments", body).json().get("enrolmentId").asText();
        assertThat(api.get("/api/enrolments/" + elsewhere).json().get("personId").asText()).isEqualTo(person);
        start(otherGroup, elsewhere, enrol(api, other, "Olli", List.of("UUDET"), "Koulu 6"));
        schedule(otherGroup, "Toisen järjestäjän koulu");

        assertThat(events(url)).isEmpty();
        users.save(userId, null, "Noora", null, null, person, false);
        assertThat(Api.anonymous(port).get(URI.create(url).getPath()).status()).isEqualTo(404);
    }

    @Test
    void anAccountThatIsNobodysHasNoFeed() {
        // The tests' coordinator has grants but no person: as mentor too, it has no groups of its own.
        var nobody = "nobody-" + java.util.UUID.randomUUID().toString().substring(0, 8);
        users.save(nobody, TestAccounts.PASSWORD, "Ei henkilö", null, null, null, true);
        users.setGrants(nobody, List.of(new fi.verme.app.access.Grant(AccessRole.MENTOR, organiser)));
        var response = api.as(nobody, TestAccounts.PASSWORD).post("/api/me/calendar-feed", Map.of());
        assertThat(response.status()).isEqualTo(409);
        assertThat(response.json().get("type").asText()).isEqualTo("urn:verme:problem:account-without-person");
    }
}
