package fi.verme.app;

import static fi.verme.app.Programmes.enrolment;
import static fi.verme.app.Programmes.path;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import fi.verme.shared.Listing;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The long lists (the roster, the waiting list, the outbox) through HTTP on PostgreSQL: each searches, filters,
 * sorts and pages on the server, answers the plain array it always did with the whole list's size in
 * {@code X-Total-Count} and the neighbouring pages in {@code Link}, refuses a parameter it cannot honour with 400
 * naming it, and exports what it shows as CSV for Excel in Finland.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ListsApiTest {

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;

    Api api;
    String organiser;
    String aija;
    String paivi;
    String aino;
    String eero;
    String oona;

    @BeforeEach
    void setUp() {
        api = new Api(port);
        organiser = Programmes.freshOrganiser();
        Programmes.openCallOpenToday(api, organiser);
        aija = submit("Äijä", "Öörni-Åkerblom", "aija.oorni", "Seinäjoen kaupunki", "Kasperin koulu", "TEACHER", "NEW",
                List.of("UUDET", "K55"));
        paivi = submit("Päivi", "Kärkkäinen", "paivi", "Ilmajoen kunta", "Joupin koulu", "SCHOOL_ASSISTANT", "EXPERIENCED",
                List.of("ERITYIS"));
        aino = submit("Aino", "Mäkelä", "aino", "Kurikan kaupunki", "Keskustan koulu", "TEACHER", "NEW", List.of("K55"));
        eero = submit("Eero", "Aalto", "eero", "Seinäjoen kaupunki", "Kasperin koulu", "SPECIAL_EDUCATION_TEACHER", "SENIOR",
                List.of("ERITYIS", "UUDET"));
        oona = submit("Oona", "Zetterberg", "oona", "Seinäjoen kaupunki", "Hyllykallion koulu", "TEACHER", "NEW",
                List.of("UUDET"));
        var withdrawn = api.post("/api/enrolments/" + oona + "/withdraw", Map.of("reason", "WORKLOAD"));
        assertThat(withdrawn.status()).as(withdrawn.raw().body()).isEqualTo(200);
    }

    private String submit(String first, String last, String mailbox, String employer, String unit, String role,
                          String stage, List<String> wishes) {
        var body = enrolment(first, last, mailbox + "." + organiser + "@example.fi");
        body.put("employer", employer);
        body.put("unit", unit);
        body.put("role", role);
        body.put("careerStage", stage);
        body.put("themeWishes", wishes);
        var response = api.post(path(organiser) + "/enrolments", body);
        assertThat(response.status()).as(response.raw().body()).isEqualTo(201);
        return response.json().get("enrolmentId").asText();
    }

    private List<String> roster(String query) {
        var response = api.get(path(organiser) + "/enrolments?" + query);
        assertThat(response.status()).as(response.raw().body()).isEqualTo(200);
        return ids(response.json(), "enrolmentId");
    }

    private static List<String> ids(JsonNode array, String field) {
        assertThat(array.isArray()).isTrue();
        return StreamSupport.stream(array.spliterator(), false).map(row -> row.get(field).asText()).toList();
    }

    private long events() {
        return jdbc.queryForObject("select count(*) from domain_event_entry", Long.class);
    }

    @Test
    void theRosterFindsEveryWordInANameAnEmailAnEmployerOrAUnitWhateverTheCaseAndAccents() {
        assertThat(roster("q=oorni")).containsExactly(aija);
        assertThat(roster("q=%C3%96%C3%96RNI-%C3%A5kerblom")).containsExactly(aija);
        assertThat(roster("q=makela")).containsExactly(aino);
        assertThat(roster("q=aija.oorni." + organiser)).containsExactly(aija);
        assertThat(roster("q=ilmajoen")).containsExactly(paivi);
        assertThat(roster("q=joupin")).containsExactly(paivi);
        assertThat(roster("q=aino+kurikan")).containsExactly(aino);
        assertThat(roster("q=aino+joupin")).isEmpty();
        assertThat(roster("q=++")).hasSize(5);
    }

    @Test
    void theRosterFiltersByThemeStatusRoleAndCareerStageEachRepeatable() {
        assertThat(roster("theme=ERITYIS")).containsExactlyInAnyOrder(paivi, eero);
        assertThat(roster("theme=ERITYIS&theme=K55")).containsExactlyInAnyOrder(aija, paivi, aino, eero);
        assertThat(roster("status=WITHDRAWN")).containsExactly(oona);
        assertThat(roster("status=SUBMITTED")).containsExactlyInAnyOrder(aija, paivi, aino, eero);
        assertThat(roster("role=SCHOOL_ASSISTANT")).containsExactly(paivi);
        assertThat(roster("role=TEACHER&role=SCHOOL_ASSISTANT&careerStage=NEW")).containsExactlyInAnyOrder(aija, aino,
                oona);
        assertThat(roster("careerStage=EXPERIENCED")).containsExactly(paivi);
        assertThat(roster("theme=UUDET&status=SUBMITTED&q=kasperin")).containsExactlyInAnyOrder(aija, eero);
    }

    @Test
    void theRosterSortsByAnyListedColumnBothWays() {
        // In Finnish order, whatever the database's own collation: å, ä and ö after z, in that order.
        assertThat(roster("sort=lastName")).containsExactly(eero, paivi, aino, oona, aija);
        assertThat(roster("sort=lastName,desc")).containsExactly(aija, oona, aino, paivi, eero);
        assertThat(roster("")).containsExactly(aija, paivi, aino, eero, oona);
        assertThat(roster("sort=submittedAt,desc")).containsExactly(oona, eero, aino, paivi, aija);
        // Codes in their code list's order: SUBMITTED before WITHDRAWN, TEACHER before SCHOOL_ASSISTANT.
        assertThat(roster("sort=status,desc").get(0)).isEqualTo(oona);
        assertThat(roster("sort=status").get(4)).isEqualTo(oona);
        assertThat(roster("sort=role")).containsExactly(aija, aino, oona, eero, paivi);
        // Theme wishes by the first wish's name: Erityisopetus…, K55 – kokeneet…, Uudet opettajat.
        assertThat(roster("sort=themeWishes")).containsExactly(paivi, eero, aino, aija, oona);
        assertThat(roster("sort=themeWishes,desc")).containsExactly(aija, oona, aino, paivi, eero);
        assertThat(roster("sort=employer&status=SUBMITTED")).containsExactly(paivi, aino, aija, eero);
        assertThat(roster("sort=unit,desc&status=SUBMITTED")).containsExactly(aino, aija, eero, paivi);
        assertThat(roster("sort=careerStage,desc")).startsWith(eero, paivi);
        assertThat(roster("sort=email")).containsExactly(aija, aino, eero, oona, paivi);
        var byFirstName = new ArrayList<>(roster("sort=firstName,desc"));
        byFirstName.remove(aija);
        assertThat(byFirstName).containsExactly(paivi, oona, eero, aino);
        // Under the "C" collation an outsider found Ä before Å.
        var aijala = submit("Anna", "Äijälä", "anna.aijala", "Seinäjoen kaupunki", "Kasperin koulu", "TEACHER", "NEW",
                List.of("UUDET"));
        var akerblom = submit("Åsa", "Åkerblom", "asa.akerblom", "Seinäjoen kaupunki", "Kasperin koulu", "TEACHER",
                "NEW", List.of("UUDET"));
        assertThat(roster("sort=lastName")).containsExactly(eero, paivi, aino, oona, akerblom, aijala, aija);
    }

    @Test
    void aPageIsThePlainArrayWithTheTotalAndLinksToItsNeighbours() {
        var first = api.get(path(organiser) + "/enrolments?sort=lastName&q=koulu&size=2");
        assertThat(first.status()).isEqualTo(200);
        assertThat(first.json()).hasSize(2);
        assertThat(first.header("X-Total-Count")).isEqualTo("5");
        var base = path(organiser) + "/enrolments?sort=lastName&q=koulu";
        assertThat(first.header("Link")).isEqualTo("<" + base + "&page=1&size=2>; rel=\"first\", <" + base
                + "&page=2&size=2>; rel=\"next\", <" + base + "&page=3&size=2>; rel=\"last\"");
        // Another spelling of the same path gets the links of the path the firewall normalised.
        assertThat(api.get(path(organiser).replaceFirst("^/api", "/%61pi") + "/enrolments?sort=lastName&q=koulu&size=2")
                .header("Link")).isEqualTo(first.header("Link"));

        var last = api.get(path(organiser) + "/enrolments?sort=lastName&q=koulu&size=2&page=3");
        assertThat(last.json()).hasSize(1);
        assertThat(last.header("X-Total-Count")).isEqualTo("5");
        assertThat(last.header("Link")).contains("page=2&size=2>; rel=\"prev\"").doesNotContain("rel=\"next\"");
        var pages = new ArrayList<String>();
        for (int page = 1; page <= 3; page++) {
            pages.addAll(roster("sort=lastName&size=2&page=" + page));
        }
        assertThat(pages).isEqualTo(roster("sort=lastName"));

        var beyond = api.get(path(organiser) + "/enrolments?page=4&size=2");
        assertThat(beyond.json()).isEmpty();
        assertThat(beyond.header("X-Total-Count")).isEqualTo("5");
        // Only a page: fifty rows unless the size is given.
        assertThat(api.get(path(organiser) + "/enrolments?page=1").header("Link")).contains("size=50");
        // Unpaged, as every caller before paging: every row, the count, no links.
        var all = api.get(path(organiser) + "/enrolments?status=SUBMITTED");
        assertThat(all.json()).hasSize(4);
        assertThat(all.header("X-Total-Count")).isEqualTo("4");
        assertThat(all.header("Link")).isNull();
    }

    @Test
    void aParameterTheListCannotHonourIsRefusedNamingItAndWhatIsAllowed() {
        long before = events();
        assertRefused("sort=shoeSize", "sort", "lastName");
        assertRefused("sort=lastName,sideways", "sort", "optionally followed by ,asc or ,desc");
        assertRefused("sort=lastName,desc,asc", "sort", "lastName");
        assertRefused("page=0", "page", "a whole number from 1");
        assertRefused("size=201", "size", "a whole number from 1 to 200");
        assertRefused("size=0&page=1", "size", "a whole number from 1 to 200");
        assertRefused("size=lots", "size", "a whole number");
        assertRefused("status=BOGUS", "status", "WITHDRAWN");
        assertRefused("status=SUBMITTED&status=BOGUS", "status", "PLACED");
        assertRefused("theme=NOPE", "theme", "one of UUDET, K55, ERITYIS");
        assertRefused("q=" + "a".repeat(201), "q", "at most 200 characters");
        assertThat(events()).isEqualTo(before);
        var csv = api.get(path(organiser) + "/enrolments.csv?sort=shoeSize");
        assertThat(csv.status()).isEqualTo(400);
        assertThat(csv.contentType()).startsWith("application/problem+json");
        assertThat(csv.json().get("errors").get(0).get("field").asText()).isEqualTo("sort");
    }

    private void assertRefused(String query, String field, String allowed) {
        var response = api.get(path(organiser) + "/enrolments?" + query);
        assertThat(response.status()).as(query).isEqualTo(400);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.json().get("type").asText()).isEqualTo("urn:verme:problem:validation");
        var error = response.json().get("errors").get(0);
        assertThat(error.get("field").asText()).as(query).isEqualTo(field);
        assertThat(error.get("allowed").toString()).as(query).contains(allowed);
    }

    @Test
    void theRosterAsCsvHasEveryRowOfTheSearchAndSortInTheReadersLanguage() {
        var swedish = api.get(path(organiser) + "/enrolments.csv?theme=ERITYIS&sort=lastName&page=1&size=1",
                Map.of("Accept-Language", "sv"));
        assertThat(swedish.status()).as(swedish.raw().body()).isEqualTo(200);
        assertThat(swedish.contentType()).isEqualTo("text/csv;charset=UTF-8");
        assertThat(swedish.header("Content-Disposition")).contains("attachment").contains("Anm%C3%A4lningar");
        // The same name in plain ASCII for a client that reads only filename= (curl -OJ), not RFC 2047's words.
        assertThat(swedish.header("Content-Disposition")).startsWith("attachment; filename=\"Anmalningar - ")
                .contains(" " + Programmes.SCHOOL_YEAR + ".csv\"; filename*=UTF-8''Anm%C3%A4lningar%20%E2%80%93%20")
                .doesNotContain("=?UTF-8?");
        var lines = swedish.raw().body().split("\r\n");
        assertThat(lines[0]).isEqualTo("\uFEFFEfternamn;Förnamn;E-post;Telefon;Arbetsgivare;Arbetsenhet;Uppgift;"
                + "Karriärskede;Temaönskemål;Status;Anmäld");
        // Every row of the filter, not one page; themes by name, codes by their names, Finnish dates.
        assertThat(lines).hasSize(3);
        assertThat(lines[1]).startsWith("\"Aalto\";\"Eero\";\"eero." + organiser + "@example.fi\";\"040 123 4567\";"
                + "\"Seinäjoen kaupunki\";\"Kasperin koulu\";\"speciallärare\";");
        assertThat(lines[1]).contains(";\"Erityisopetus ja tuki, Uudet opettajat\";")
                .matches(".*;\"\\d{1,2}\\.\\d{1,2}\\.\\d{4} \\d{1,2}:\\d{2}\"$");
        assertThat(lines[2]).startsWith("\"Kärkkäinen\";\"Päivi\";");

        var finnish = api.get(path(organiser) + "/enrolments.csv?q=makela");
        assertThat(finnish.raw().body().split("\r\n")).hasSize(2);
        assertThat(finnish.raw().body()).startsWith("\uFEFFSukunimi;Etunimi;Sähköposti;")
                .contains("\"Mäkelä\";\"Aino\"", "\"opettaja\"", "\"K55 – kokeneet konkarit\"");
    }

    @Test
    void theWaitingListSearchesFiltersSortsAndPagesAsTheRosterDoes() {
        var mentor = Programmes.mentor(api, "Wilma", "wilma." + organiser + "@example.fi");
        var groupId = Programmes.group(api, organiser, "UUDET", mentor, 2, 5);
        for (var enrolment : List.of(aija, paivi, aino, eero)) {
            var placed = api.post("/api/groups/" + groupId + "/participants", Map.of("enrolmentId", enrolment));
            assertThat(placed.status()).as(placed.raw().body()).isEqualTo(200);
        }
        assertThat(api.delete("/api/groups/" + groupId + "/participants/" + paivi).status()).isEqualTo(200);
        assertThat(api.post("/api/groups/" + groupId + "/cancel", Map.of("reason", "TOO_FEW_PARTICIPANTS"))
                .status()).isEqualTo(200);

        var all = api.get(path(organiser) + "/waitlist");
        assertThat(ids(all.json(), "enrolmentId")).containsExactly(aija, paivi, aino, eero);
        assertThat(all.header("X-Total-Count")).isEqualTo("4");
        assertThat(all.json().get(0).get("email").asText()).isEqualTo("aija.oorni." + organiser + "@example.fi");
        assertThat(ids(api.get(path(organiser) + "/waitlist?q=OORNI").json(), "enrolmentId")).containsExactly(aija);
        assertThat(ids(api.get(path(organiser) + "/waitlist?q=ilmajoen+joupin").json(), "enrolmentId"))
                .containsExactly(paivi);
        assertThat(ids(api.get(path(organiser) + "/waitlist?reason=REMOVED_FROM_GROUP").json(), "enrolmentId"))
                .containsExactly(paivi);
        assertThat(ids(api.get(path(organiser) + "/waitlist?theme=K55").json(), "enrolmentId"))
                .containsExactly(aija, aino);
        var byFirstName = new ArrayList<>(ids(api.get(path(organiser) + "/waitlist?sort=firstName,desc").json(),
                "enrolmentId"));
        byFirstName.remove(aija);
        assertThat(byFirstName).containsExactly(paivi, eero, aino);
        // Reasons in their code list's order: GROUP_CANCELLED before REMOVED_FROM_GROUP.
        assertThat(ids(api.get(path(organiser) + "/waitlist?sort=reason,desc").json(), "enrolmentId"))
                .containsExactly(paivi, aija, aino, eero);
        assertThat(ids(api.get(path(organiser) + "/waitlist?sort=themeWishes").json(), "enrolmentId"))
                .containsExactly(paivi, eero, aino, aija);
        var page = api.get(path(organiser) + "/waitlist?size=3&page=2");
        assertThat(ids(page.json(), "enrolmentId")).containsExactly(eero);
        assertThat(page.header("X-Total-Count")).isEqualTo("4");
        assertThat(page.header("Link")).contains("rel=\"prev\"").doesNotContain("rel=\"next\"");
        var refused = api.get(path(organiser) + "/waitlist?reason=BORED");
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.json().get("errors").get(0).get("field").asText()).isEqualTo("reason");
        assertThat(api.get(path(organiser) + "/waitlist?sort=salary").status()).isEqualTo(400);

        var csv = api.get(path(organiser) + "/waitlist.csv?reason=GROUP_CANCELLED&sort=lastName,desc");
        assertThat(csv.status()).as(csv.raw().body()).isEqualTo(200);
        var lines = csv.raw().body().split("\r\n");
        assertThat(lines[0]).isEqualTo("\uFEFFSukunimi;Etunimi;Sähköposti;Työnantaja;Työyksikkö;Teematoiveet;Syy;"
                + "Ilmoittautunut");
        assertThat(lines).hasSize(4);
        assertThat(String.join("\n", lines)).contains("\"Mäkelä\";\"Aino\"", "\"K55 – kokeneet konkarit\"")
                .doesNotContain("Kärkkäinen");
    }

    @Test
    void theOutboxKeepsItsSearchedTextFoldedAsListingFoldsTheWords() {
        var subject = Listing.FOLD_FROM + " Ilmoittautuminen";
        jdbc.update("""
                insert into app.outbox (message_id, dedup_key, programme_year, kind, recipient_email, language, subject,
                    body) values (?, ?, ?, 'placed', 'Åsa.Öberg@Example.FI', 'sv', ?, 'text')""",
                "fold-" + organiser, "fold-" + organiser, organiser + "/" + Programmes.SCHOOL_YEAR, subject);
        assertThat(jdbc.queryForObject("select search_text from app.outbox where message_id = ?", String.class,
                "fold-" + organiser)).isEqualTo(Listing.fold("Åsa.Öberg@Example.FI " + subject));
    }

    @Test
    void theOutboxSearchesFiltersSortsAndPages() {
        var programme = "/api/admin/outbox?programme=" + organiser + "/" + Programmes.SCHOOL_YEAR;
        var all = api.get(programme);
        assertThat(all.json()).hasSize(5);
        assertThat(all.header("X-Total-Count")).isEqualTo("5");
        var found = api.get(programme + "&q=AINO." + organiser);
        assertThat(found.json()).singleElement().satisfies(message ->
                assertThat(message.get("recipientEmail").asText()).isEqualTo("aino." + organiser + "@example.fi"));
        assertThat(api.get(programme + "&status=PENDING&kind=enrolment-received").json()).hasSize(5);
        assertThat(api.get(programme + "&q=VERTAISRYHMAMENTOROINTIIN").json()).hasSize(5);
        assertThat(api.get(programme + "&status=SENT").json()).isEmpty();
        assertThat(api.get(programme + "&kind=placed").json()).isEmpty();
        var byRecipient = api.get(programme + "&sort=recipientEmail,desc&size=2&page=1");
        assertThat(byRecipient.json()).hasSize(2);
        assertThat(byRecipient.json().get(0).get("recipientEmail").asText()).startsWith("paivi.");
        assertThat(byRecipient.header("X-Total-Count")).isEqualTo("5");
        assertThat(byRecipient.header("Link")).contains("programme=" + organiser + "/" + Programmes.SCHOOL_YEAR)
                .contains("rel=\"next\"");
        for (var refused : List.of("&status=LOST", "&kind=postcard", "&sort=body", "&size=1000")) {
            var response = api.get(programme + refused);
            assertThat(response.status()).as(refused).isEqualTo(400);
            assertThat(response.contentType()).startsWith("application/problem+json");
        }
        var csv = api.get(programme.replace("/outbox?", "/outbox.csv?") + "&sort=recipientEmail",
                Map.of("Accept-Language", "en"));
        assertThat(csv.status()).as(csv.raw().body()).isEqualTo(200);
        var lines = csv.raw().body().split("\r\n");
        assertThat(lines[0]).isEqualTo("\uFEFFCreated;Recipient;Subject;Kind;Status;Attempts;Last error;Sent");
        assertThat(lines).hasSize(6);
        assertThat(lines[1]).contains("\"aija.oorni." + organiser + "@example.fi\"", "\"enrolment received\"",
                "\"waiting\"");
    }
}
