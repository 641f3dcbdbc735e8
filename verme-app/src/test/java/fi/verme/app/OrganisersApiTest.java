package fi.verme.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import fi.verme.app.access.AccessRole;
import fi.verme.app.access.UserAccounts;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.ContentDisposition;

/**
 * Organisers through HTTP: the installation's admin registers and changes one (its business ID checked, its
 * slug kept), its people read it and its years, anyone reads the names; and the name, not the slug, is what
 * e-mail notices, certificates and the compensation CSV's file name show, in the reader's language.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class OrganisersApiTest {

    @LocalServerPort
    int port;
    @Autowired
    UserAccounts users;

    private Api admin() {
        return new Api(port).as(TestAccounts.ADMIN, TestAccounts.PASSWORD);
    }

    static Map<String, Object> registration(String slug, String fi, String sv, String language) {
        var body = new HashMap<String, Object>();
        body.put("slug", slug);
        body.put("name", Map.of("fi", fi, "sv", sv));
        body.put("businessId", "0204819-8");
        body.put("contactEmail", "verme@" + slug + ".example.fi");
        body.put("defaultLanguage", language);
        return body;
    }

    @Test
    void anInstallationAdminRegistersAnOrganiserThatItsPeopleReadByName() {
        var api = new Api(port);
        var organiser = Programmes.freshOrganiser();
        Programmes.openCallOpenToday(api, organiser);
        var registered = admin().post("/api/organisers", registration(organiser, "Testilän kunta", "Testilä kommun",
                "fi"));
        assertThat(registered.status()).as(registered.raw().body()).isEqualTo(201);
        assertThat(registered.json().get("name").get("fi").asText()).isEqualTo("Testilän kunta");
        assertThat(registered.json().get("registeredBy").asText()).isEqualTo(TestAccounts.ADMIN);

        var coordinator = Programmes.personApi(api, users, null, AccessRole.COORDINATOR, organiser);
        var read = coordinator.get("/api/organisers/" + organiser);
        assertThat(read.status()).isEqualTo(200);
        assertThat(read.json().get("businessId").asText()).isEqualTo("0204819-8");
        assertThat(read.json().get("defaultLanguage").asText()).isEqualTo("fi");
        assertThat(coordinator.get("/api/organisers").json()).singleElement()
                .satisfies(only -> assertThat(only.get("slug").asText()).isEqualTo(organiser));
        assertThat(names(Api.anonymous(port).get("/api/organiser-names").json())).containsEntry(organiser,
                "Testilän kunta");

        // Its years, titled in the reader's language (Finnish where the name has no English).
        var years = coordinator.get("/api/organisers/" + organiser + "/years");
        assertThat(years.json()).singleElement().satisfies(year -> {
            assertThat(year.get("schoolYear").asText()).isEqualTo(Programmes.SCHOOL_YEAR);
            assertThat(year.get("title").asText()).isEqualTo("Testilän kunta " + dashed());
            assertThat(year.get("callStatus").asText()).isEqualTo("OPEN");
        });
        assertThat(coordinator.get("/api/organisers/" + organiser + "/years", Map.of("Accept-Language", "sv")).json()
                .get(0).get("title").asText()).isEqualTo("Testilä kommun " + dashed());
        assertThat(coordinator.get("/api/organisers/" + organiser + "/years", Map.of("Accept-Language", "en")).json()
                .get(0).get("title").asText()).isEqualTo("Testilän kunta " + dashed());

        // Registered once; changed afterwards, its slug kept.
        var again = admin().post("/api/organisers", registration(organiser, "Toinen nimi", "Annat namn", "sv"));
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.json().get("type").asText()).isEqualTo("urn:verme:problem:organiser-exists");
        var change = registration(organiser, "Testilän kaupunki", "Testilä stad", "sv");
        change.put("name", Map.of("fi", "Testilän kaupunki", "sv", "Testilä stad", "en", "City of Testilä"));
        var changed = admin().put("/api/organisers/" + organiser, change);
        assertThat(changed.status()).as(changed.raw().body()).isEqualTo(200);
        assertThat(changed.json().get("name").get("en").asText()).isEqualTo("City of Testilä");
        assertThat(changed.json().get("changedBy").asText()).isEqualTo(TestAccounts.ADMIN);
        assertThat(coordinator.get("/api/organisers/" + organiser + "/years", Map.of("Accept-Language", "en")).json()
                .get(0).get("title").asText()).isEqualTo("City of Testilä " + dashed());
        change.put("slug", organiser + "-uusi");
        var renamed = admin().put("/api/organisers/" + organiser, change);
        assertThat(renamed.status()).isEqualTo(400);
        assertThat(renamed.json().get("errors").get(0).get("field").asText()).isEqualTo("slug");
        assertThat(admin().get("/api/organisers/" + organiser + "-uusi").status()).isEqualTo(404);

        // Only the installation's admin registers and changes organisers.
        assertThat(coordinator.put("/api/organisers/" + organiser, change).status()).isEqualTo(403);
        assertThat(api.post("/api/organisers", registration(Programmes.freshOrganiser(), "A", "B", "fi")).status())
                .isEqualTo(403);
    }

    @Test
    void aYearOfAnUnregisteredOrganiserKeepsWorkingUnderItsSlug() {
        var api = new Api(port);
        var organiser = Programmes.freshOrganiser();
        Programmes.openCallOpenToday(api, organiser);
        assertThat(api.get("/api/organisers/" + organiser).status()).isEqualTo(404);
        assertThat(api.get("/api/organisers/" + organiser + "/years").json().get(0).get("title").asText())
                .isEqualTo(organiser + " " + dashed());
        assertThat(api.get("/api/organisers/" + Programmes.freshOrganiser() + "/years").status()).isEqualTo(404);
        assertThat(csvName(api, organiser, "fi")).isEqualTo(organiser + " " + dashed() + " – korvaukset.csv");
        assertThat(names(Api.anonymous(port).get("/api/organiser-names").json())).doesNotContainKey(organiser);
    }

    @Test
    void anOrganisersCoordinatorWritesItsPrivacyNoticeThatAnyoneReads() {
        var api = new Api(port);
        var organiser = Programmes.freshOrganiser();
        var path = "/api/organisers/" + organiser + "/privacy-notice";
        var anyone = Api.anonymous(port);
        assertThat(anyone.get(path).status()).as("none yet: the form is not published").isEqualTo(404);
        assertThat(anyone.get(path).json().get("type").asText()).endsWith("privacy-notice-not-found");

        var coordinator = Programmes.personApi(api, users, null, AccessRole.COORDINATOR, organiser);
        var blank = coordinator.put(path, Map.of("fi", " ", "sv", "Beskrivning"));
        assertThat(blank.status()).isEqualTo(400);
        assertThat(blank.json().get("errors").get(0).get("field").asText()).isEqualTo("fi");
        assertThat(anyone.get(path).status()).as("nothing written").isEqualTo(404);

        var written = coordinator.put(path, Map.of("fi", "Rekisterinpitäjä: Testilä.", "sv", " "));
        assertThat(written.status()).as(written.raw().body()).isEqualTo(200);
        var read = anyone.get(path).json();
        assertThat(read.get("fi").asText()).isEqualTo("Rekisterinpitäjä: Testilä.");
        assertThat(read.get("sv").isNull()).as("a blank translation is none").isTrue();
        var other = Programmes.personApi(api, users, null, AccessRole.COORDINATOR, Programmes.freshOrganiser());
        assertThat(other.put(path, Map.of("fi", "Toisen järjestäjän teksti")).status()).isEqualTo(403);
        assertThat(anyone.get(path).json().get("fi").asText()).isEqualTo("Rekisterinpitäjä: Testilä.");
    }

    @Test
    void refusesAnInvalidRegistrationNamingTheFieldAndChangesNothing() {
        var organiser = Programmes.freshOrganiser();
        var cases = Map.<String, Map<String, Object>>of(
                "businessId", with(registration(organiser, "Kunta", "Kommun", "fi"), "businessId", "0204819-7"),
                "slug", with(registration(organiser, "Kunta", "Kommun", "fi"), "slug", "Iso Kirjain"),
                "name.sv", with(registration(organiser, "Kunta", "Kommun", "fi"), "name", Map.of("fi", "Kunta")),
                "defaultLanguage", registration(organiser, "Kunta", "Kommun", "de"),
                "contactEmail", with(registration(organiser, "Kunta", "Kommun", "fi"), "contactEmail", "ei osoite"),
                "identityProvider", with(registration(organiser, "Kunta", "Kommun", "fi"), "identityProvider",
                        "entra"));
        cases.forEach((field, body) -> {
            var refused = admin().post("/api/organisers", body);
            assertThat(refused.status()).as(field + ": " + refused.raw().body()).isEqualTo(400);
            assertThat(StreamSupport.stream(refused.json().get("errors").spliterator(), false)
                    .map(error -> error.get("field").asText())).as(field).contains(field);
        });
        var businessId = admin().post("/api/organisers", cases.get("businessId")).json().get("errors").get(0);
        assertThat(businessId.get("allowed").asText()).contains("Y-tunnus", "check digit");
        var provider = admin().post("/api/organisers", cases.get("identityProvider")).json().get("errors").get(0);
        assertThat(provider.get("allowed").asText()).as("no provider is configured here")
                .contains("no identity provider is configured");
        assertThat(admin().get("/api/organisers/" + organiser).status()).isEqualTo(404);
    }

    @Test
    void noticesCertificatesAndTheCsvNameTheOrganiserInTheReadersLanguage() throws Exception {
        var api = new Api(port);
        var organiser = Programmes.freshOrganiser();
        Programmes.openCallOpenToday(api, organiser);
        assertThat(admin().post("/api/organisers", registration(organiser, "Nimilän kaupunki", "Nimilä stad", "sv"))
                .status()).isEqualTo(201);
        var programme = organiser + "/" + Programmes.SCHOOL_YEAR;

        // E-mail: the enrolment's notice in Swedish names the programme by the organiser's Swedish name.
        var enrolled = Api.anonymous(port).post(Programmes.path(organiser) + "/enrolments",
                Programmes.enrolment("Stina", "Nimi", "stina." + organiser + "@example.fi"),
                Map.of("Accept-Language", "sv"));
        assertThat(enrolled.status()).isEqualTo(201);
        assertThat(api.get("/api/admin/outbox?programme=" + programme).json()).singleElement()
                .satisfies(message -> assertThat(message.get("body").asText())
                        .contains("(Nimilä stad " + dashed() + ")").doesNotContain(programme));

        // The compensation CSV's file name, in the reader's language.
        assertThat(csvName(api, organiser, "fi")).isEqualTo("Nimilän kaupunki " + dashed() + " – korvaukset.csv");
        assertThat(csvName(api, organiser, "sv")).isEqualTo("Nimilä stad " + dashed() + " – ersättningar.csv");

        // A certificate: the organiser's name and the school year as people write it, in the organiser's
        // default language (Swedish) unless the reader asks for another.
        var mentorId = Programmes.mentor(api, "Nimeävä", "nimeava." + organiser + "@example.fi");
        var group = Programmes.group(api, organiser, "UUDET", mentorId, 2, 6);
        for (int i = 0; i < 2; i++) {
            api.post("/api/groups/" + group + "/participants", Map.of("enrolmentId",
                    Programmes.enrol(api, organiser, "Nimetty" + i, List.of("UUDET"), "Koulu")));
        }
        api.post("/api/groups/" + group + "/start", Map.of());
        var member = api.get("/api/groups/" + group).json().get("members").get(0).get("personId").asText();
        var path = "/api/persons/" + member + "/certificates/" + Programmes.SCHOOL_YEAR + ".pdf?organiser=" + organiser;
        assertThat(pdfText(api, path)).contains("Intyg", "Nimilä stad", dashed()).doesNotContain(organiser);
        assertThat(pdfText(api, path + "&lang=fi")).contains("Todistus", "Nimilän kaupunki", dashed());
        var code = api.download(path).headers().firstValue("Verme-Certificate-Code").orElseThrow();
        assertThat(Api.anonymous(port).get("/api/certificates/verify/" + code).json().get("programme").asText())
                .isEqualTo("Nimilän kaupunki " + dashed());
    }

    private static String dashed() {
        return Programmes.SCHOOL_YEAR.replace('-', '–');
    }

    private static String csvName(Api api, String organiser, String language) {
        var csv = api.get(Programmes.path(organiser) + "/compensation.csv", Map.of("Accept-Language", language));
        assertThat(csv.status()).isEqualTo(200);
        return ContentDisposition.parse(csv.header("Content-Disposition")).getFilename();
    }

    private static String pdfText(Api api, String path) throws Exception {
        var pdf = api.download(path);
        assertThat(pdf.statusCode()).isEqualTo(200);
        try (var document = Loader.loadPDF(pdf.body())) {
            return new PDFTextStripper().getText(document);
        }
    }

    private static Map<String, String> names(JsonNode list) {
        var names = new HashMap<String, String>();
        list.forEach(organiser -> names.put(organiser.get("slug").asText(), organiser.get("name").get("fi").asText()));
        return names;
    }

    private static Map<String, Object> with(Map<String, Object> body, String field, Object value) {
        body.put(field, value);
        return body;
    }
}
