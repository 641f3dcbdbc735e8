package fi.verme.app;

import static fi.verme.app.Programmes.path;
import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Multipart;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.StreamSupport;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Reminders, notice preferences and the coordinators' weekly digest, through a real SMTP server (GreenMail, in
 * process): looked for every second from midnight on, and the digest on today's weekday, so that they come while
 * the test waits.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"spring.mail.host=localhost", "spring.mail.port=3026", "verme.reminders.every=PT1S",
                "verme.reminders.first=PT1S", "verme.reminders.send-from=00:00", "verme.digest.send-from=00:00"})
class RemindersTest {

    @RegisterExtension
    static final GreenMailExtension SMTP = new GreenMailExtension(new ServerSetup(3026, null, "smtp"))
            .withConfiguration(GreenMailConfiguration.aConfig().withDisabledAuthentication())
            .withPerMethodLifecycle(false);

    @DynamicPropertySource
    static void digestToday(DynamicPropertyRegistry registry) {
        registry.add("verme.digest.day", () -> Programmes.today().getDayOfWeek().name());
    }

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;

    private static final Pattern PREFERENCES = Pattern.compile("/#/ilmoitukset/(\\S+)");

    private List<MimeMessage> to(String email, String subjectStart) {
        return Arrays.stream(SMTP.getReceivedMessages()).filter(m -> {
            try {
                return m.getAllRecipients()[0].toString().equals(email) && m.getSubject().startsWith(subjectStart);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }).toList();
    }

    /** A part's text as the reader sees it, decoded, from however many parts it is made of. */
    private static String text(jakarta.mail.Part part) {
        try {
            if (part.getContent() instanceof Multipart parts) {
                var all = new StringBuilder();
                for (int i = 0; i < parts.getCount(); i++) {
                    all.append(text(parts.getBodyPart(i)));
                }
                return all.toString();
            }
            return part.getContent() instanceof String text ? text : "";
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static String sent() {
        return Arrays.stream(SMTP.getReceivedMessages()).map(m -> {
            try {
                return m.getAllRecipients()[0] + ": " + m.getSubject();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }).toList().toString();
    }

    private static void await(BooleanSupplier done) {
        await(done, () -> "");
    }

    private static void await(BooleanSupplier done, java.util.function.Supplier<String> what) {
        var until = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (!done.getAsBoolean()) {
            assertThat(System.nanoTime()).as("waited 30 s in vain: %s", what.get()).isLessThan(until);
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                throw new IllegalStateException(e);
            }
        }
    }

    private MimeMessage awaitOne(String email, String subjectStart) {
        await(() -> !to(email, subjectStart).isEmpty(), () -> "no " + subjectStart + " to " + email + " in " + sent());
        var found = to(email, subjectStart);
        assertThat(found).as("one message to %s: %s", email, subjectStart).hasSize(1);
        return found.get(0);
    }

    private List<String> kinds(Api api, String organiser) {
        var outbox = api.get("/api/admin/outbox?size=200&programme=" + organiser + "/" + Programmes.SCHOOL_YEAR)
                .json();
        return StreamSupport.stream(outbox.spliterator(), false).map(m -> m.get("kind").asText()).toList();
    }

    private static String meeting(Api api, String group, LocalDate date) {
        var scheduled = api.post("/api/groups/" + group + "/meetings", Map.of("date", date.toString(),
                "startTime", "15:30", "plannedMinutes", 90, "place", "Kasperin koulu"));
        assertThat(scheduled.status()).as(scheduled.raw().body()).isEqualTo(201);
        return scheduled.json().get("meetingId").asText();
    }

    @Test
    void membersAndMentorsAreRemindedTheDayBeforeAndMentorsOfAMeetingNotRecorded() throws Exception {
        var api = new Api(port);
        var organiser = Programmes.freshOrganiser();
        Programmes.openCallOpenToday(api, organiser);
        var mentorEmail = "muistuttaja." + organiser + "@example.fi";
        var mentorId = Programmes.mentor(api, organiser, "Muisti", mentorEmail);
        var group = Programmes.group(api, organiser, "UUDET", mentorId, 2, 6);
        var enrolment = Programmes.enrol(api, organiser, "Reetta", List.of("UUDET"), "Kasperin koulu");
        api.post("/api/groups/" + group + "/participants", Map.of("enrolmentId", enrolment));
        var memberEmail = "reetta." + organiser + "@example.fi";
        meeting(api, group, Programmes.today().plusDays(1));
        var past = meeting(api, group, Programmes.today().minusDays(3));

        var member = awaitOne(memberEmail, "Muistutus: ryhmän tapaaminen huomenna");
        var mentor = awaitOne(mentorEmail, "Muistutus: ryhmän tapaaminen huomenna");
        var parts = (Multipart) member.getContent();
        assertThat(text(parts.getBodyPart(0))).contains("Kasperin koulu", "15.30",
                "/#/ilmoitukset/");
        assertThat(parts.getBodyPart(1).getFileName()).isEqualTo("tapaaminen.ics");
        assertThat(((Multipart) mentor.getContent()).getBodyPart(1).getFileName()).isEqualTo("tapaaminen.ics");
        // One click in the mail program turns the kind off (RFC 8058).
        assertThat(member.getHeader("List-Unsubscribe")[0]).matches("<http.*/api/notice-preferences/.+"
                + "/unsubscribe/meeting-reminder>");
        assertThat(member.getHeader("List-Unsubscribe-Post")[0]).isEqualTo("List-Unsubscribe=One-Click");

        var record = awaitOne(mentorEmail, "Kirjaa pidetty tapaaminen");
        assertThat(text(record)).contains("/#/group/" + group);
        assertThat(to(memberEmail, "Kirjaa pidetty")).isEmpty();

        // Looked for again and again, each reminder is sent once; a meeting cancelled is not chased.
        var cancelled = api.post("/api/meetings/" + past + "/cancel", Map.of("reason", "MENTOR_UNAVAILABLE"));
        assertThat(cancelled.status()).as(cancelled.raw().body()).isEqualTo(200);
        Thread.sleep(1_500);
        assertThat(kinds(api, organiser).stream().filter(k -> k.endsWith("-reminder")).sorted().toList())
                .containsExactly("meeting-reminder", "meeting-reminder", "record-reminder");
    }

    @Test
    void aYearThatTurnsARemindersKindOffSendsNoneOfIt() throws Exception {
        var api = new Api(port);
        var quiet = Programmes.freshOrganiser();
        var loud = Programmes.freshOrganiser();
        for (var organiser : List.of(quiet, loud)) {
            Programmes.openCallOpenToday(api, organiser);
        }
        assertThat(api.get(path(quiet) + "/reminders").json().get("meetingDayBefore").asBoolean()).isTrue();
        var off = api.put(path(quiet) + "/reminders", Map.of("meetingDayBefore", false, "recordHeld", true,
                "survey", true));
        assertThat(off.status()).as(off.raw().body()).isEqualTo(200);
        assertThat(off.json().get("meetingDayBefore").asBoolean()).isFalse();
        assertThat(off.json().get("changedBy").asText()).isNotBlank();
        var bad = api.put(path(quiet) + "/reminders", Map.of("meetingDayBefore", false));
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.raw().body()).contains("recordHeld");

        for (var organiser : List.of(quiet, loud)) {
            var mentorId = Programmes.mentor(api, organiser, "Hiljainen", "hiljainen." + organiser + "@example.fi");
            var group = Programmes.group(api, organiser, "UUDET", mentorId, 2, 6);
            meeting(api, group, Programmes.today().plusDays(1));
        }
        awaitOne("hiljainen." + loud + "@example.fi", "Muistutus: ryhmän tapaaminen huomenna");
        Thread.sleep(1_500);
        assertThat(kinds(api, quiet)).doesNotContain("meeting-reminder");
    }

    @Test
    void thoseWhoHaveNotAnsweredTheSurveyInAWeekAreRemindedOnce() {
        var api = new Api(port);
        var organiser = Programmes.freshOrganiser();
        Programmes.openCallOpenToday(api, organiser);
        var mentorId = Programmes.mentor(api, organiser, "Kyselijä", "kyselija." + organiser + "@example.fi");
        var group = Programmes.group(api, organiser, "UUDET", mentorId, 2, 8);
        for (var name : List.of("Vastaaja", "Unohtaja")) {
            var enrolment = Programmes.enrol(api, organiser, name, List.of("UUDET"), "Koulu");
            api.post("/api/groups/" + group + "/participants", Map.of("enrolmentId", enrolment));
        }
        api.post("/api/groups/" + group + "/start", Map.of());
        assertThat(api.post("/api/groups/" + group + "/complete", Map.of()).status()).isEqualTo(200);
        assertThat(api.post(path(organiser) + "/surveys", Map.of("statements", List.of("Sain tukea"))).status())
                .isEqualTo(201);
        var programme = organiser + "/" + Programmes.SCHOOL_YEAR;
        var answering = "vastaaja." + organiser + "@example.fi";
        await(() -> Programmes.surveyLinks(jdbc, programme, answering).size() == 1);
        var answered = Api.anonymous(port).post(Programmes.surveyLinks(jdbc, programme, answering).get(0),
                Map.of("scores", List.of(5)));
        assertThat(answered.status()).as(answered.raw().body()).isEqualTo(201);
        // A week passes.
        jdbc.update("update app.survey_invitation set invited_at = invited_at - interval '8 days' "
                + "where programme_year = ?", programme);

        var reminder = awaitOne("unohtaja." + organiser + "@example.fi", "Muistutus: palautekysely");
        assertThat(text(reminder)).contains("/#/kysely/");
        assertThat(to(answering, "Muistutus: palautekysely")).isEmpty();
        assertThat(jdbc.queryForObject("select count(*) from app.survey_invitation where programme_year = ? "
                + "and reminded_at is null", Integer.class, programme)).isZero();
    }

    @Test
    void aPersonTurnsKindsOffThroughTheLinkInEveryNoticeButNotTheRequiredOnes() throws Exception {
        var api = new Api(port);
        var organiser = Programmes.freshOrganiser();
        Programmes.openCallOpenToday(api, organiser);
        var email = "valikoiva." + organiser + "@example.fi";
        var enrolled = Api.anonymous(port).post(path(organiser) + "/enrolments",
                Programmes.enrolment("Valikoiva", "Osallistuja", email));
        assertThat(enrolled.status()).isEqualTo(201);
        var received = awaitOne(email, "Ilmoittautumisesi");
        var found = PREFERENCES.matcher(text(received));
        assertThat(found.find()).as("the receipt links the preferences").isTrue();
        var token = found.group(1);
        // The receipt is required: it carries no one-click unsubscribe.
        assertThat(received.getHeader("List-Unsubscribe")).isNull();

        var anonymous = Api.anonymous(port);
        var page = anonymous.get("/api/notice-preferences/" + token);
        assertThat(page.status()).as(page.raw().body()).isEqualTo(200);
        var kinds = StreamSupport.stream(page.json().get("kinds").spliterator(), false).toList();
        assertThat(kinds).anySatisfy(k -> {
            assertThat(k.get("kind").asText()).isEqualTo("enrolment-received");
            assertThat(k.get("required").asBoolean()).isTrue();
        });
        assertThat(kinds).allSatisfy(k -> assertThat(k.get("on").asBoolean()).isTrue());

        var required = anonymous.put("/api/notice-preferences/" + token, Map.of("off", List.of("placed")));
        assertThat(required.status()).isEqualTo(400);
        assertThat(required.json().get("errors").get(0).get("field").asText()).isEqualTo("off");
        var unknown = anonymous.put("/api/notice-preferences/" + token, Map.of("off", List.of("spam")));
        assertThat(unknown.status()).isEqualTo(400);
        var chosen = anonymous.put("/api/notice-preferences/" + token, Map.of("off", List.of("meeting-scheduled")));
        assertThat(chosen.status()).as(chosen.raw().body()).isEqualTo(200);
        // A mail program's one click: a form-encoded POST of List-Unsubscribe=One-Click, no session, no JSON.
        var oneClick = java.net.http.HttpClient.newHttpClient().send(java.net.http.HttpRequest.newBuilder(
                        java.net.URI.create("http://localhost:" + port + "/api/notice-preferences/" + token
                                + "/unsubscribe/meeting-reminder"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(java.net.http.HttpRequest.BodyPublishers.ofString("List-Unsubscribe=One-Click")).build(),
                java.net.http.HttpResponse.BodyHandlers.ofString());
        assertThat(oneClick.statusCode()).as(oneClick.body()).isEqualTo(200);
        assertThat(StreamSupport.stream(anonymous.get("/api/notice-preferences/" + token).json().get("kinds")
                        .spliterator(), false)
                .filter(k -> !k.get("on").asBoolean()).map(k -> k.get("kind").asText()).toList())
                .containsExactlyInAnyOrder("meeting-scheduled", "meeting-reminder");
        // A tampered link, or another kind of link, changes nothing.
        assertThat(anonymous.put("/api/notice-preferences/" + token + "x", Map.of("off", List.of())).status())
                .isEqualTo(403);
        var personal = api.get("/api/enrolments/" + enrolled.json().get("enrolmentId").asText() + "/link").json()
                .get("token").asText();
        assertThat(anonymous.get("/api/notice-preferences/" + personal).status()).isEqualTo(403);
        assertThat(anonymous.get("/api/enrolment-links/" + token).status()).isEqualTo(403);

        // Placed in a group with a meeting: the placement comes (required), the meeting notice does not.
        var mentorId = Programmes.mentor(api, organiser, "Valinta", "valinta." + organiser + "@example.fi");
        var group = Programmes.group(api, organiser, "UUDET", mentorId, 2, 6);
        api.post("/api/groups/" + group + "/participants", Map.of("enrolmentId",
                enrolled.json().get("enrolmentId").asText()));
        awaitOne(email, "Sinut on sijoitettu");
        meeting(api, group, Programmes.today().plusDays(1));
        awaitOne("valinta." + organiser + "@example.fi", "Muistutus: ryhmän tapaaminen huomenna");
        assertThat(to(email, "Ryhmän tapaaminen")).isEmpty();
        assertThat(to(email, "Muistutus")).isEmpty();
    }

    @Test
    void aCoordinatorWhoAsksForTheWeeklyDigestGetsTheWeekOnce() throws Exception {
        var api = new Api(port);
        var organiser = Programmes.freshOrganiser();
        Programmes.openCallOpenToday(api, organiser);
        var mentorId = Programmes.mentor(api, organiser, "Kooste", "kooste." + organiser + "@example.fi");
        var group = Programmes.group(api, organiser, "UUDET", mentorId, 4, 6);
        Programmes.enrol(api, organiser, "Uusi", List.of("UUDET"), "Koulu");
        meeting(api, group, Programmes.today().minusDays(1));
        // An account without an address cannot take it: it would never arrive.
        var nowhere = api.put("/api/me/digest", Map.of("weekly", true));
        assertThat(nowhere.status()).as(nowhere.raw().body()).isEqualTo(400);
        assertThat(nowhere.json().get("errors").get(0).get("field").asText()).isEqualTo("weekly");
        var email = "koordinaattori." + organiser + "@example.fi";
        var userId = "kooste-" + organiser;
        var created = api.as(TestAccounts.ADMIN, TestAccounts.PASSWORD).put("/api/admin/users/" + userId,
                Map.of("displayName", "Kooste Koordinaattori", "email", email, "password", TestAccounts.PASSWORD,
                        "grants", List.of(Map.of("role", "COORDINATOR", "organiser", organiser))));
        assertThat(created.status()).as(created.raw().body()).isEqualTo(200);
        var coordinator = api.as(userId, TestAccounts.PASSWORD);
        assertThat(coordinator.get("/api/me/digest").json().get("weekly").asBoolean()).isFalse();
        var on = coordinator.put("/api/me/digest", Map.of("weekly", true));
        assertThat(on.status()).as(on.raw().body()).isEqualTo(200);
        await(() -> !to(email, "Vermen viikkokooste").isEmpty(), () -> jdbc.queryForList(
                "select kind, status, attempts, next_attempt_at, created_at, now() from app.outbox where status <> 'SENT' order by created_at").toString());
        var digest = awaitOne(email, "Vermen viikkokooste");
        assertThat(text(digest)).contains(
                "uusia ilmoittautumisia 7 päivässä: 1", "Ryhmä UUDET (0/4)", "menneitä tapaamisia kirjaamatta: 1",
                "/#/p/" + organiser + "/");
        Thread.sleep(1_500);
        assertThat(to(email, "Vermen viikkokooste")).hasSize(1);
        assertThat(coordinator.put("/api/me/digest", Map.of("weekly", false)).json().get("weekly").asBoolean())
                .isFalse();
    }
}
