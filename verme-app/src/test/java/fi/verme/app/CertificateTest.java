package fi.verme.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import fi.verme.app.access.AccessRole;
import fi.verme.app.access.Grant;
import fi.verme.app.access.UserAccounts;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Participation and mentor certificates as PDF, in the reader's language, with a code anyone can verify. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class CertificateTest {

    @LocalServerPort
    int port;
    @Autowired
    UserAccounts users;
    @Value("${verme.public-url}")
    String publicUrl;

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
            // One after another: a group meets once at a time.
            var meeting = api.post("/api/groups/" + group + "/meetings", Map.of("date", Programmes.today().toString(),
                    "startTime", java.time.LocalTime.of(8, 0).plusMinutes(90L * i).toString(), "plannedMinutes", 90,
                    "place", "Osake")).json().get("meetingId").asText();
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
            text = text(document);
        }
        assertThat(text).contains("Intyg över deltagande i kamratgruppsmentorering", "Todistettava0",
                "1 VESO-dag (4 träffar = 1 VESO-dag)", "Todistava Mentori", "Uudet opettajat", code);

        var verified = Api.anonymous(port).get("/api/certificates/verify/" + code);
        assertThat(verified.status()).isEqualTo(200);
        assertThat(verified.json().get("holder").asText()).isEqualTo("Todistettava0 Osallistuja");
        assertThat(verified.json().get("certifies").get("meetings").asInt()).isEqualTo(5);
        assertThat(verified.json().get("certifies").get("hours").asText()).isEqualTo("7.5");
        assertThat(verified.json().get("certifies").get("vesoDays").asInt()).isEqualTo(1);
        assertThat(verified.json().get("certifies").get("continuingEducation").asText()).isEqualTo("VESO_DAYS");
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
            assertThat(text(document)).contains("Todistus vertaisryhmän mentoroinnista",
                    "Ryhmä UUDET", "Uudet opettajat", "7,5 h");
        }
    }

    /**
     * A Gradia year's certificate for a person with a Sámi name: what the issue asks of a certificate worth
     * receiving is on it, the organiser's logo at the top, qpdf finds nothing wrong, every font is embedded, the name's letters come out of the
     * text as they went in, and the QR code reads as the address of the check page, which the check answers.
     */
    @Test
    void aCertificateCarriesTheOrganisersWordsAndAQrCodeToItsCheckAndPassesQpdf() throws Exception {
        var api = new Api(port);
        var organiser = Programmes.freshOrganiser();
        var registered = api.as(TestAccounts.ADMIN, TestAccounts.PASSWORD).post("/api/organisers",
                OrganisersApiTest.registration(organiser, "Jyväskylän koulutuskuntayhtymä Gradia",
                        "Samkommunen för utbildning i Jyväskylä Gradia", "fi"));
        assertThat(registered.status()).as(registered.raw().body()).isEqualTo(201);
        assertThat(api.as(TestAccounts.ADMIN, TestAccounts.PASSWORD).bytes("PUT", "/api/organisers/" + organiser
                + "/logo", OrganiserLogoApiTest.png(), "image/png").status()).isEqualTo(200);
        Programmes.openCallOpenToday(api, organiser);
        api.put(Programmes.path(organiser) + "/compensation-rules", Map.of("preset", "GRADIA_JYVASKYLA"));
        var coordinator = "todistaja-" + organiser;
        users.save(coordinator, TestAccounts.PASSWORD, "Kaisa Koordinaattori", null, null, null, true);
        users.setGrants(coordinator, List.of(new Grant(AccessRole.COORDINATOR, organiser)));
        var mentorId = Programmes.mentor(api, "Gradian", "gradian." + organiser + "@example.fi");
        var group = Programmes.group(api, organiser, "UUDET", mentorId, 2, 6);
        var sami = Programmes.enrolment("Áilu", "Čđŋšŧž", "ailu." + organiser + "@example.fi");
        sami.put("themeWishes", List.of("UUDET"));
        var enrolled = api.post(Programmes.path(organiser) + "/enrolments", sami);
        assertThat(enrolled.status()).as(enrolled.raw().body()).isEqualTo(201);
        api.post("/api/groups/" + group + "/participants", Map.of("enrolmentId",
                enrolled.json().get("enrolmentId").asText()));
        api.post("/api/groups/" + group + "/participants", Map.of("enrolmentId",
                Programmes.enrol(api, organiser, "Toinen", List.of("UUDET"), "Koulu")));
        api.post("/api/groups/" + group + "/start", Map.of());
        var person = StreamSupport.stream(api.get("/api/groups/" + group).json().get("members").spliterator(), false)
                .filter(m -> m.get("name").get("firstName").asText().equals("Áilu"))
                .map(m -> m.get("personId").asText()).findFirst().orElseThrow();
        var meeting = api.post("/api/groups/" + group + "/meetings", Map.of("date", Programmes.today().toString(),
                "startTime", "14:00", "plannedMinutes", 120, "place", "Gradia")).json().get("meetingId").asText();
        api.post("/api/meetings/" + meeting + "/held", Map.of("durationMinutes", 120, "attendees", List.of(person)));

        var pdf = download(api.as(coordinator, TestAccounts.PASSWORD), "/api/persons/" + person + "/certificates/"
                + Programmes.SCHOOL_YEAR + ".pdf?organiser=" + organiser);
        assertThat(pdf.statusCode()).isEqualTo(200);
        var code = pdf.headers().firstValue("Verme-Certificate-Code").orElseThrow();
        var checkAt = publicUrl + "/#/todistus/" + code;
        Qpdf.assertClean(pdf.body());
        try (var document = Loader.loadPDF(pdf.body())) {
            var resources = document.getPage(0).getResources();
            var images = new ArrayList<String>();
            for (var name : resources.getXObjectNames()) {
                if (resources.isImageXObject(name)) {
                    images.add(name.getName());
                }
            }
            assertThat(images).as("the organiser's logo").hasSize(1);
            var fonts = new ArrayList<PDFont>();
            for (var name : document.getPage(0).getResources().getFontNames()) {
                fonts.add(document.getPage(0).getResources().getFont(name));
            }
            assertThat(fonts).isNotEmpty().allSatisfy(font -> {
                assertThat(font.isEmbedded()).as(font.getName()).isTrue();
                assertThat(font.getName()).contains("DejaVuSans");
            });
            var today = Programmes.today();
            var date = today.getDayOfMonth() + "." + today.getMonthValue() + "." + today.getYear();
            assertThat(text(document)).contains("Jyväskylän koulutuskuntayhtymä Gradia",
                    "Todistus osallistumisesta vertaisryhmämentorointiin", "Áilu Čđŋšŧž",
                    "Jyväskylän koulutuskuntayhtymä Gradia " + Programmes.SCHOOL_YEAR.replace('-', '–'),
                    "Uudet opettajat", "Ryhmä UUDET", "Gradian Mentori", date, "2,0 h",
                    "Osallistuminen rinnastetaan täydennyskoulutukseen.", "Annettu " + date,
                    "Vastuuhenkilö: Kaisa Koordinaattori", checkAt, "Tarkistuskoodi: " + code);
            assertThat(document.getDocumentCatalog().getMarkInfo().isMarked()).isTrue();
            assertThat(document.getDocumentCatalog().getLanguage()).isEqualTo("fi");
            assertThat(qrCode(document)).isEqualTo(checkAt);
        }

        var verified = Api.anonymous(port).get("/api/certificates/verify/" + code);
        assertThat(verified.status()).isEqualTo(200);
        assertThat(verified.json().get("organiser").asText()).isEqualTo("Jyväskylän koulutuskuntayhtymä Gradia");
        assertThat(verified.json().get("holder").asText()).isEqualTo("Áilu Čđŋšŧž");
        var certifies = verified.json().get("certifies");
        assertThat(certifies.get("themeName").asText()).isEqualTo("Uudet opettajat");
        assertThat(certifies.get("theme").asText()).isEqualTo("UUDET");
        assertThat(certifies.get("firstMeeting").asText()).isEqualTo(Programmes.today().toString());
        assertThat(certifies.get("continuingEducation").asText()).isEqualTo("RECOGNISED");
        assertThat(certifies.get("vesoDays").asInt()).isZero();
    }

    /** The text of the document, its lines wrapped at the page's width joined again with a space. */
    private static String text(PDDocument document) throws java.io.IOException {
        return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
    }

    /** The QR code on the page, read as a phone would: from the page rendered as a picture. */
    private static String qrCode(PDDocument document) throws Exception {
        var image = new PDFRenderer(document).renderImageWithDPI(0, 150);
        var pixels = image.getRGB(0, 0, image.getWidth(), image.getHeight(), null, 0, image.getWidth());
        var bitmap = new BinaryBitmap(new HybridBinarizer(new RGBLuminanceSource(image.getWidth(), image.getHeight(),
                pixels)));
        return new QRCodeReader().decode(bitmap, Map.of(DecodeHintType.TRY_HARDER, Boolean.TRUE)).getText();
    }

    private static HttpResponse<byte[]> download(Api api, String path) {
        return api.download(path);
    }
}
