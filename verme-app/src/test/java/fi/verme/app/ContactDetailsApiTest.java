package fi.verme.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import fi.verme.app.access.EnrolmentLinks;
import jakarta.mail.internet.MimeMessage;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.function.BooleanSupplier;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A person corrects their own contact details through their personal link, through a real SMTP server (GreenMail, in
 * process): the phone at once, and the e-mail address only once the link sent to the new address is confirmed, after
 * which the old address is told and every roster and notice uses the new one.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"spring.mail.host=localhost", "spring.mail.port=3027"})
class ContactDetailsApiTest {

    @RegisterExtension
    static final GreenMailExtension SMTP = new GreenMailExtension(new ServerSetup(3027, null, "smtp"))
            .withConfiguration(GreenMailConfiguration.aConfig().withDisabledAuthentication())
            .withPerMethodLifecycle(false);

    private static final Pattern CONFIRMATION = Pattern.compile("/#/yhteystiedot/(\\S+)");

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    EnrolmentLinks links;
    @Autowired
    fi.verme.app.access.UserAccounts users;

    Api api;
    Api person;
    String organiser;
    String enrolmentId;
    String personId;
    String email;
    String own;

    @BeforeEach
    void setUp() {
        api = new Api(port);
        person = Api.anonymous(port);
        organiser = Programmes.freshOrganiser();
        Programmes.openCallOpenToday(api, organiser);
        enrolmentId = Programmes.enrol(api, organiser, "Veera", List.of("UUDET"), "Koulu 1");
        email = "veera." + organiser + "@example.fi";
        personId = api.get("/api/enrolments/" + enrolmentId).json().get("personId").asText();
        own = "/api/enrolment-links/" + api.get("/api/enrolments/" + enrolmentId + "/link").json().get("token")
                .asText() + "/contact-details";
    }

    private JsonNode roster() {
        return api.get("/api/enrolments/" + enrolmentId).json().get("person");
    }

    @Test
    void aPhoneCorrectedThroughThePersonalLinkShowsAtOnceInTheCoordinatorsRoster() {
        var details = person.get(own);
        assertThat(details.status()).as(details.raw().body()).isEqualTo(200);
        assertThat(details.json().get("firstName").asText()).isEqualTo("Veera");
        assertThat(details.json().get("email").asText()).isEqualTo(email);
        assertThat(details.json().get("phone").asText()).isEqualTo("040 123 4567");

        var changed = person.put(own + "/phone", Map.of("phone", "+358 50 765 4321 "));
        assertThat(changed.status()).as(changed.raw().body()).isEqualTo(200);
        assertThat(changed.json().get("phone").asText()).isEqualTo("+358 50 765 4321");
        assertThat(roster().get("phone").asText()).isEqualTo("+358 50 765 4321");
        var year = api.get(Programmes.path(organiser) + "/enrolments?q=veera").json();
        assertThat(StreamSupport.stream(year.spliterator(), false).map(e -> e.get("person").get("phone").asText()))
                .containsExactly("+358 50 765 4321");

        var removed = person.put(own + "/phone", Map.of("phone", ""));
        assertThat(removed.status()).isEqualTo(200);
        assertThat(removed.json().get("phone").isNull()).isTrue();
        assertThat(roster().get("phone").isNull()).isTrue();
    }

    /**
     * Found by an outsider: a coordinator of another organiser enrolled a known address and then asked for the
     * enrolment's link, which acted as the person everywhere (their details, their address, their calendar).
     */
    @Test
    void aCoordinatorGetsNoLinkThatActsAsSomeoneTheRegisterKnowsBesidesTheEnrolment() {
        var other = Programmes.freshOrganiser();
        Programmes.openCallOpenToday(api, other);
        var elsewhere = api.post(Programmes.path(other) + "/enrolments", Programmes.enrolment("Joku", "Muu", email));
        assertThat(elsewhere.status()).as(elsewhere.raw().body()).isEqualTo(201);
        var otherEnrolment = elsewhere.json().get("enrolmentId").asText();

        for (var enrolment : List.of(otherEnrolment, enrolmentId)) {
            var link = api.get("/api/enrolments/" + enrolment + "/link");
            assertThat(link.status()).as(link.raw().body()).isEqualTo(403);
            assertThat(link.json().get("type").asText()).isEqualTo("urn:verme:problem:personal-link-by-email");
            assertThat(link.json().get("enrolmentId").asText()).isEqualTo(enrolment);
        }
        // The person's details are as they were, and nobody was handed a link to change them.
        assertThat(roster().get("firstName").asText()).isEqualTo("Veera");
        assertThat(roster().get("email").asText()).isEqualTo(email);
        var someoneNew = Programmes.enrol(api, other, "Uusi", List.of("UUDET"), "Koulu 2");
        assertThat(api.get("/api/enrolments/" + someoneNew + "/link").status()).isEqualTo(200);
    }

    @Test
    void badInputIsRefusedWithTheFieldAndWhatIsAllowedAndChangesNothing() {
        var phone = person.put(own + "/phone", Map.of("phone", "soita iltaisin"));
        assertThat(phone.status()).isEqualTo(400);
        assertThat(phone.contentType()).startsWith("application/problem+json");
        assertThat(phone.json().get("errors").get(0).get("field").asText()).isEqualTo("phone");
        assertThat(phone.raw().body()).contains("numeroita, välilyöntejä"); // Finnish, as no language is asked for
        assertThat(roster().get("phone").asText()).isEqualTo("040 123 4567");
        var missing = person.put(own + "/phone", Map.of());
        assertThat(missing.status()).as("a missing number is a mistake, not a removal").isEqualTo(400);
        assertThat(missing.json().get("errors").get(0).get("field").asText()).isEqualTo("phone");
        assertThat(roster().get("phone").asText()).isEqualTo("040 123 4567");

        var address = person.post(own + "/email", Map.of("email", "veera@koulu"));
        assertThat(address.status()).isEqualTo(400);
        assertThat(address.json().get("errors").get(0).get("field").asText()).isEqualTo("email");
        assertThat(address.raw().body()).contains("nimi@esimerkki.fi");
        for (var spelled : List.of(email, email.toUpperCase(java.util.Locale.ROOT))) {
            var same = person.post(own + "/email", Map.of("email", spelled));
            assertThat(same.status()).as(spelled).isEqualTo(400);
            assertThat(same.json().get("errors").get(0).get("field").asText()).isEqualTo("email");
        }
        assertThat(jdbc.queryForObject("select count(*) from app.outbox where person_id = ? and kind like 'contact-%'",
                Integer.class, personId)).as("no confirmation went anywhere").isZero();
    }

    @Test
    void aNewAddressChangesOnlyWhenTheLinkSentToItIsConfirmedAndTheOldAddressIsTold() {
        var newEmail = "veera.uusi." + organiser + "@example.fi";
        // Her account signs in (through an identity provider, first time) by the address she had; another of hers by
        // her work address.
        var account = "veera-" + organiser;
        users.save(account, null, "Veera", email.toUpperCase(java.util.Locale.ROOT), null, personId, true);
        var work = "veera-tyo-" + organiser;
        users.save(work, null, "Veera", "veera.tyo@example.fi", null, personId, true);
        var asked = person.post(own + "/email", Map.of("email", newEmail));
        assertThat(asked.status()).as(asked.raw().body()).isEqualTo(202);
        assertThat(asked.json().get("email").asText()).isEqualTo(newEmail);
        assertThat(person.get(own).json().get("email").asText()).as("nothing changes yet").isEqualTo(email);
        assertThat(roster().get("email").asText()).isEqualTo(email);

        var confirmation = awaitOne(newEmail, "Vahvista uusi sähköpostiosoitteesi");
        var body = text(confirmation);
        assertThat(body).as("no preferences link to an unconfirmed address").doesNotContain("/#/ilmoitukset/");
        var matcher = CONFIRMATION.matcher(body);
        assertThat(matcher.find()).as(body).isTrue();
        var confirm = "/api/contact-confirmations/" + matcher.group(1);

        var confirmed = Api.anonymous(port).post(confirm, Map.of());
        assertThat(confirmed.status()).as(confirmed.raw().body()).isEqualTo(200);
        assertThat(confirmed.json().get("email").asText()).isEqualTo(newEmail);
        assertThat(person.get(own).json().get("email").asText()).isEqualTo(newEmail);
        assertThat(roster().get("email").asText()).isEqualTo(newEmail);
        var told = awaitOne(email, "Sähköpostiosoitteesi on vaihdettu");
        // The account known by the old address is known by the new one: the old one, should it be someone else's one
        // day, signs in as nobody. The work address stays.
        assertThat(users.find(account).orElseThrow().email()).isEqualTo(newEmail);
        assertThat(users.find(work).orElseThrow().email()).isEqualTo("veera.tyo@example.fi");
        assertThat(text(told)).doesNotContain(newEmail).contains("/#/ilmoitukset/");

        // Opened again (a second click, a mail scanner after the page): nothing changes, nobody is told twice.
        assertThat(Api.anonymous(port).post(confirm, Map.of()).status()).isEqualTo(200);
        assertThat(jdbc.queryForObject("select count(*) from app.outbox where person_id = ? and kind = ?",
                Integer.class, personId, "contact-changed")).isEqualTo(1);

        // The next notice, and the group's list, use the new address.
        var mentorId = Programmes.mentor(api, organiser, "Ohjaava", "ohjaava." + organiser + "@example.fi");
        var group = Programmes.group(api, organiser, "UUDET", mentorId, 2, 6);
        assertThat(api.post("/api/groups/" + group + "/participants", Map.of("enrolmentId", enrolmentId)).status())
                .isEqualTo(200);
        awaitOne(newEmail, "Sinut on sijoitettu vertaisryhmään");
        assertThat(api.get("/api/groups/" + group).json().get("members").get(0).get("email").asText())
                .isEqualTo(newEmail);
        assertThat(to(email, "Sinut on sijoitettu")).isEmpty();
    }

    @Test
    void aLinkConfirmsOnceAndOnlyWhileTheAddressItReplacesIsStillThePersons() {
        // Two changes asked for: one to a mistyped address (someone else's mailbox), then the right one.
        var mistyped = "veera.vaara." + organiser + "@example.fi";
        var right = "veera.oikea." + organiser + "@example.fi";
        assertThat(person.post(own + "/email", Map.of("email", mistyped)).status()).isEqualTo(202);
        assertThat(person.post(own + "/email", Map.of("email", right)).status()).isEqualTo(202);
        var toMistyped = confirmationIn(awaitOne(mistyped, "Vahvista uusi sähköpostiosoitteesi"));
        var toRight = confirmationIn(awaitOne(right, "Vahvista uusi sähköpostiosoitteesi"));

        assertThat(Api.anonymous(port).post(toRight, Map.of()).status()).isEqualTo(200);
        // The other link replaced the address the person no longer has: whoever holds it takes nothing.
        var superseded = Api.anonymous(port).post(toMistyped, Map.of());
        assertThat(superseded.status()).as(superseded.raw().body()).isEqualTo(403);
        assertThat(superseded.json().get("type").asText()).isEqualTo("urn:verme:problem:confirmation-link-invalid");
        assertThat(person.get(own).json().get("email").asText()).isEqualTo(right);

        // Back to the first address, and a used link replayed while it is still valid: it confirms once only.
        assertThat(person.post(own + "/email", Map.of("email", email)).status()).isEqualTo(202);
        var back = confirmationIn(awaitOne(email, "Vahvista uusi sähköpostiosoitteesi"));
        assertThat(Api.anonymous(port).post(back, Map.of()).status()).isEqualTo(200);
        assertThat(person.get(own).json().get("email").asText()).isEqualTo(email);
        var replayed = Api.anonymous(port).post(toRight, Map.of());
        assertThat(replayed.status()).as(replayed.raw().body()).isEqualTo(403);
        assertThat(replayed.json().get("type").asText()).isEqualTo("urn:verme:problem:confirmation-link-invalid");
        assertThat(person.get(own).json().get("email").asText()).isEqualTo(email);
        // The link to the mistyped address replaces the address the person has again, but came before the changes.
        var revived = Api.anonymous(port).post(toMistyped, Map.of());
        assertThat(revived.status()).as(revived.raw().body()).isEqualTo(403);
        assertThat(person.get(own).json().get("email").asText()).isEqualTo(email);
        assertThat(Api.anonymous(port).post(back, Map.of()).status()).as("opened again: changes nothing")
                .isEqualTo(200);
        assertThat(jdbc.queryForObject("select count(*) from app.outbox where person_id = ? and kind = ?",
                Integer.class, personId, "contact-changed")).isEqualTo(2);
    }

    @Test
    void aLinkOpenedManyTimesAtOnceChangesTheAddressOnceAndAnswersEachTheSame() throws Exception {
        var newEmail = "veera.kiire." + organiser + "@example.fi";
        assertThat(person.post(own + "/email", Map.of("email", newEmail)).status()).isEqualTo(202);
        var confirm = confirmationIn(awaitOne(newEmail, "Vahvista uusi sähköpostiosoitteesi"));
        var client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        var request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + confirm))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{}")).build();
        var answers = IntStream.range(0, 12).mapToObj(i -> client.sendAsync(request,
                HttpResponse.BodyHandlers.ofString())).toList().stream()
                .map(CompletableFuture::join).toList();
        assertThat(answers).allSatisfy(answer -> assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200));
        assertThat(person.get(own).json().get("email").asText()).isEqualTo(newEmail);
        awaitOne(email, "Sähköpostiosoitteesi on vaihdettu");
        assertThat(jdbc.queryForObject("select count(*) from app.outbox where person_id = ? and kind = ?",
                Integer.class, personId, "contact-changed")).as("the old address told once").isEqualTo(1);
    }

    private static String confirmationIn(MimeMessage message) {
        var body = text(message);
        var matcher = CONFIRMATION.matcher(body);
        assertThat(matcher.find()).as(body).isTrue();
        return "/api/contact-confirmations/" + matcher.group(1);
    }

    @Test
    void tamperedExpiredAndOtherKindsOfLinkAreRefusedAndChangeNothing() {
        var newEmail = "veera.toinen." + organiser + "@example.fi";
        var genuine = links.issue(links.emailChangeSubject(enrolmentId, email, newEmail),
                EnrolmentLinks.EMAIL_CHANGE_VALID_FOR).token();
        var parts = genuine.split("\\.");
        var signature = (parts[1].charAt(0) == 'A' ? "B" : "A") + parts[1].substring(1);
        var otherAddress = Base64.getUrlEncoder().withoutPadding().encodeToString(
                new String(Base64.getUrlDecoder().decode(parts[0]), StandardCharsets.UTF_8)
                        .replace(newEmail, "hyokkaaja@example.fi").getBytes(StandardCharsets.UTF_8));
        var expired = links.issue(links.emailChangeSubject(enrolmentId, email, newEmail), Duration.ofHours(-1))
                .token();
        var personalLink = own.substring("/api/enrolment-links/".length(), own.indexOf("/contact-details"));
        var notices = links.issue(EnrolmentLinks.noticesSubject(personId)).token();

        for (var refused : List.of(parts[0] + "." + signature, otherAddress + "." + parts[1], expired, personalLink,
                notices, "not-a-link")) {
            var response = Api.anonymous(port).post("/api/contact-confirmations/" + refused, Map.of());
            assertThat(response.status()).as(refused).isEqualTo(403);
            assertThat(response.json().get("type").asText()).isEqualTo("urn:verme:problem:confirmation-link-invalid");
        }
        // A confirmation link is no personal link either.
        var asPersonalLink = Api.anonymous(port).get("/api/enrolment-links/" + genuine + "/contact-details");
        assertThat(asPersonalLink.status()).isEqualTo(403);
        assertThat(asPersonalLink.json().get("type").asText()).isEqualTo("urn:verme:problem:link-invalid");
        assertThat(person.get(own).json().get("email").asText()).isEqualTo(email);

        assertThat(Api.anonymous(port).post("/api/contact-confirmations/" + genuine, Map.of()).status())
                .as("the genuine one still works").isEqualTo(200);
        assertThat(person.get(own).json().get("email").asText()).isEqualTo(newEmail);
    }

    @Test
    void anAddressAnotherPersonIsKnownByStaysTheirs() {
        Programmes.enrol(api, organiser, "Ville", List.of("UUDET"), "Koulu 2");
        var theirs = "ville." + organiser + "@example.fi";
        assertThat(person.post(own + "/email", Map.of("email", theirs)).status())
                .as("nothing is told to the one asking about someone else's address").isEqualTo(202);
        var token = links.issue(links.emailChangeSubject(enrolmentId, email, theirs.toUpperCase()),
                EnrolmentLinks.EMAIL_CHANGE_VALID_FOR).token();

        var confirmed = Api.anonymous(port).post("/api/contact-confirmations/" + token, Map.of());
        assertThat(confirmed.status()).isEqualTo(409);
        assertThat(confirmed.json().get("type").asText()).isEqualTo("urn:verme:problem:email-in-use");
        assertThat(person.get(own).json().get("email").asText()).isEqualTo(email);
    }

    @Test
    void oneLinkAsksForNewAddressesOnlyAsOftenAsAPersonWould() {
        for (int i = 1; i <= 5; i++) {
            assertThat(person.post(own + "/email", Map.of("email", "yritys" + i + "." + organiser + "@example.fi"))
                    .status()).isEqualTo(202);
        }
        var sixth = person.post(own + "/email", Map.of("email", "yritys6." + organiser + "@example.fi"));
        assertThat(sixth.status()).isEqualTo(429);
        assertThat(sixth.json().get("type").asText()).isEqualTo("urn:verme:problem:email-change-rate-limited");
        assertThat(sixth.raw().headers().firstValue("Retry-After")).isPresent();
        assertThat(jdbc.queryForObject("select count(*) from app.outbox where person_id = ? and kind = ?",
                Integer.class, personId, "contact-confirmation")).isEqualTo(5);
    }

    @Test
    void anErasedPersonsLinksChangeNothing() {
        var token = links.issue(links.emailChangeSubject(enrolmentId, email, "poistettu." + organiser
                + "@example.fi"), EnrolmentLinks.EMAIL_CHANGE_VALID_FOR).token();
        assertThat(api.as(TestAccounts.ADMIN, TestAccounts.PASSWORD).delete("/api/persons/" + personId).status())
                .isEqualTo(204);

        assertThat(person.get(own).status()).isEqualTo(404);
        assertThat(person.put(own + "/phone", Map.of("phone", "040 765 4321")).status()).isEqualTo(404);
        assertThat(person.post(own + "/email", Map.of("email", "uusi." + organiser + "@example.fi")).status())
                .isEqualTo(404);
        assertThat(Api.anonymous(port).post("/api/contact-confirmations/" + token, Map.of()).status()).isEqualTo(404);
        assertThat(jdbc.queryForObject("select count(*) from enrolment.person where person_id = ?", Integer.class,
                personId)).isZero();
        assertThat(jdbc.queryForObject("select count(*) from app.outbox where person_id = ? and kind like 'contact-%'",
                Integer.class, personId)).isZero();
    }

    private List<MimeMessage> to(String address, String subjectStart) {
        return Arrays.stream(SMTP.getReceivedMessages()).filter(m -> {
            try {
                return m.getAllRecipients()[0].toString().equals(address) && m.getSubject().startsWith(subjectStart);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }).toList();
    }

    private MimeMessage awaitOne(String address, String subjectStart) {
        await(() -> !to(address, subjectStart).isEmpty());
        var found = to(address, subjectStart);
        assertThat(found).as("one message to %s: %s", address, subjectStart).hasSize(1);
        return found.get(0);
    }

    private static void await(BooleanSupplier done) {
        var until = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (!done.getAsBoolean()) {
            assertThat(System.nanoTime()).as("waited 30 s in vain").isLessThan(until);
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                throw new IllegalStateException(e);
            }
        }
    }

    private static String text(MimeMessage message) {
        try {
            return message.getContent() instanceof String text ? text : "";
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
