package fi.verme.app;

import static org.assertj.core.api.Assertions.assertThat;

import fi.verme.app.access.AccessRole;
import fi.verme.app.access.UserAccounts;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Participation and mentor certificates as PDF, in the reader's language, with a code anyone can verify. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class CertificateTest {

    @LocalServerPort
    int port;
    @Autowired
    UserAccounts users;

    @Test
    void aParticipantDownloadsACertificateWhoseCodeVerifies() throws Exception {
        var api = new Api(port);
        var organiser = Programmes.freshOrganiser();
        Programmes.openCallOpenToday(api, organiser);
        api.put(Programmes.path(organiser) + "/compensation-rules", Map.of("preset", "SEINAJOKI"));
        var mentorId = Programmes.mentor(api, "Todistava", "todistava." + organiser + "@example.fi");
        var mentorPerson = api.get("/api/mentors/" + mentorId).json().get("personId").asText();
        var group = Programmes.group(api, organiser, "UUDET", mentorId, 2, 6);
        for (int i = 0; i < 2; i++) {
            api.post("/api/groups/" + group + "/participants", Map.of("enrolmentId",
                    Programmes.enrol(api, organiser, "Todistettava" + i, List.of("UUDET"), "Koulu " + i)));
        }
        api.post("/api/groups/" + group + "/start", Map.of());
        var members = StreamSupport.stream(api.get("/api/groups/" + group).json().get("members").spliterator(), false)
                .map(m -> m.get("personId").asText()).toList();
        for (int i = 0; i < 5; i++) {
            var meeting = api.post("/api/groups/" + group + "/meetings", Map.of("date", Programmes.today().toString(),
                    "startTime", "14:00", "plannedMinutes", 90, "place", "Osake")).json().get("meetingId").asText();
            api.post("/api/meetings/" + meeting + "/held", Map.of("durationMinutes", 90,
                    "attendees", List.of(members.get(0))));
        }
        var participant = Programmes.personApi(api, users, members.get(0), AccessRole.PARTICIPANT, organiser);
        var path = "/api/persons/" + members.get(0) + "/certificates/" + Programmes.SCHOOL_YEAR + ".pdf?organiser="
                + organiser + "&lang=sv";
        var pdf = download(participant, path);
        assertThat(pdf.statusCode()).isEqualTo(200);
        assertThat(pdf.headers().firstValue("Content-Type").orElse("")).startsWith("application/pdf");
        var code = pdf.headers().firstValue("Verme-Certificate-Code").orElseThrow();
        String text;
        try (var document = Loader.loadPDF(pdf.body())) {
            text = new PDFTextStripper().getText(document);
        }
        assertThat(text).contains("Intyg över deltagande i kamratgruppsmentorering", "Todistettava0", "VESO-dagar",
                "Todistava Mentori", code);

        var verified = Api.anonymous(port).get("/api/certificates/verify/" + code);
        assertThat(verified.status()).isEqualTo(200);
        assertThat(verified.json().get("holder").asText()).isEqualTo("Todistettava0 Osallistuja");
        assertThat(verified.json().get("certifies").get("meetings").asInt()).isEqualTo(5);
        assertThat(verified.json().get("certifies").get("hours").asText()).isEqualTo("7.5");
        assertThat(verified.json().get("certifies").get("vesoDays").asInt()).isEqualTo(1);
        assertThat(Api.anonymous(port).get("/api/certificates/verify/NOSUCHCODE").status()).isEqualTo(404);
        // The same code on every download.
        assertThat(download(participant, path).headers().firstValue("Verme-Certificate-Code")).contains(code);

        var other = Programmes.personApi(api, users, members.get(1), AccessRole.PARTICIPANT, organiser);
        assertThat(download(other, path).statusCode()).isEqualTo(403);

        var mentor = Programmes.personApi(api, users, mentorPerson, AccessRole.MENTOR, organiser);
        var mentorPdf = download(mentor, "/api/persons/" + mentorPerson + "/certificates/" + Programmes.SCHOOL_YEAR
                + ".pdf?organiser=" + organiser);
        assertThat(mentorPdf.statusCode()).isEqualTo(200);
        try (var document = Loader.loadPDF(mentorPdf.body())) {
            assertThat(new PDFTextStripper().getText(document)).contains("Todistus vertaisryhmän mentoroinnista",
                    "Ryhmä UUDET", "7,5");
        }
    }

    private static HttpResponse<byte[]> download(Api api, String path) {
        return api.download(path);
    }
}
