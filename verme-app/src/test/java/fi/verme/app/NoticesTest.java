package fi.verme.app;

import static fi.verme.app.Programmes.path;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.Multipart;
import jakarta.mail.internet.MimeMessage;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** E-mail notices through a real SMTP server (GreenMail, in process): recipients, language, content. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"spring.mail.host=localhost", "spring.mail.port=3025"})
class NoticesTest {

    @RegisterExtension
    static final GreenMailExtension SMTP = new GreenMailExtension(ServerSetupTest.SMTP)
            .withConfiguration(GreenMailConfiguration.aConfig().withDisabledAuthentication());

    @LocalServerPort
    int port;

    private MimeMessage[] awaitMessages(int count) throws Exception {
        assertThat(SMTP.waitForIncomingEmail(15_000, count)).as("%d messages arrive", count).isTrue();
        return SMTP.getReceivedMessages();
    }

    /** A part's text as the reader sees it, decoded, from however many parts it is made of. */
    private static String text(jakarta.mail.Part part) throws Exception {
        if (part.getContent() instanceof Multipart parts) {
            var all = new StringBuilder();
            for (int i = 0; i < parts.getCount(); i++) {
                all.append(text(parts.getBodyPart(i)));
            }
            return all.toString();
        }
        return part.getContent().toString();
    }

    @Test
    void enrolmentPlacementAndMeetingsAreMailedInTheReadersLanguage() throws Exception {
        var api = new Api(port);
        var organiser = Programmes.freshOrganiser();
        Programmes.openCallOpenToday(api, organiser);
        var email = "ruotsi." + organiser + "@example.fi";
        var enrolled = Api.anonymous(port).post(path(organiser) + "/enrolments",
                Programmes.enrolment("Stina", "Svensson", email), Map.of("Accept-Language", "sv-FI,sv;q=0.9"));
        assertThat(enrolled.status()).isEqualTo(201);

        var received = awaitMessages(1)[0];
        assertThat(received.getAllRecipients()[0].toString()).isEqualTo(email);
        assertThat(received.getSubject()).isEqualTo("Din anmälan till kamratgruppsmentorering har tagits emot");
        var text = GreenMailUtil.getBody(received);
        assertThat(GreenMailUtil.getBody(received)).isNotBlank();
        assertThat(received.getContent().toString()).contains("Hej Stina", "/#/oma/");
        assertThat(text).isNotNull();

        // Placement and a meeting: the group's people hear of them, in their own language.
        var mentorId = Programmes.mentor(api, "Meili", "meili." + organiser + "@example.fi");
        var group = Programmes.group(api, organiser, "UUDET", mentorId, 2, 6);
        api.post("/api/groups/" + group + "/participants", Map.of("enrolmentId",
                enrolled.json().get("enrolmentId").asText()));
        var placed = awaitMessages(2)[1];
        assertThat(placed.getSubject()).isEqualTo("Du har placerats i kamratgruppen: Ryhmä UUDET");
        // The group has no meeting yet: the notice says the mentor will agree one, not "first meeting: –".
        assertThat(placed.getContent().toString()).contains("Meili Mentori",
                "Din mentor kommer överens med gruppen om den första träffen").doesNotContain("Första träffen: -");

        api.post("/api/groups/" + group + "/meetings", Map.of("date", Programmes.today().toString(),
                "startTime", "15:30", "plannedMinutes", 90, "place", "Kasperin koulu"));
        var meeting = awaitMessages(3)[2];
        assertThat(meeting.getSubject()).startsWith("Gruppens träff");
        var parts = (Multipart) meeting.getContent();
        var attachment = parts.getBodyPart(1);
        assertThat(attachment.getFileName()).isEqualTo("tapaaminen.ics");
        assertThat(attachment.getContentType()).startsWith("text/calendar");
        assertThat(GreenMailUtil.getBody(attachment)).contains("BEGIN:VCALENDAR", "METHOD:REQUEST");

        // Cancelling the meeting tells them why, with a cancellation their calendar applies to the entry.
        var meetingId = api.get("/api/groups/" + group + "/meetings").json().get(0).get("meetingId").asText();
        assertThat(api.post("/api/meetings/" + meetingId + "/cancel", Map.of("reason", "MENTOR_UNAVAILABLE"))
                .status()).isEqualTo(200);
        var cancelled = awaitMessages(4)[3];
        assertThat(cancelled.getSubject()).isEqualTo("Gruppens träff har ställts in: Ryhmä UUDET");
        var cancellation = (Multipart) cancelled.getContent();
        assertThat(text(cancellation.getBodyPart(0))).contains("mentorn är förhindrad");
        // (iCalendar folds long lines: unfolded, the entry is the feed's)
        assertThat(GreenMailUtil.getBody(cancellation.getBodyPart(1)).replaceAll("\r?\n ", "")).contains(
                "METHOD:CANCEL", "STATUS:CANCELLED",
                "UID:" + meetingId + "-" + group + "@verme", "SEQUENCE:");

        // The sender marks a message sent once its batch is delivered: a moment after the server has it.
        JsonNode outbox = api.get("/api/admin/outbox?programme=" + organiser + "/" + Programmes.SCHOOL_YEAR).json();
        for (int i = 0; i < 50 && outbox.toString().contains("\"PENDING\""); i++) {
            Thread.sleep(200);
            outbox = api.get("/api/admin/outbox?programme=" + organiser + "/" + Programmes.SCHOOL_YEAR).json();
        }
        assertThat(StreamSupport.stream(outbox.spliterator(), false).map(m -> m.get("status").asText()).toList())
                .containsOnly("SENT");
        assertThat(StreamSupport.stream(outbox.spliterator(), false).map(m -> m.get("kind").asText()).toList())
                .containsExactly("enrolment-received", "placed", "meeting-scheduled", "meeting-cancelled");
        assertThat(List.of(SMTP.getReceivedMessages())).hasSize(4);
    }
}
