package fi.verme.app;

import static fi.verme.app.Programmes.importedField;
import static fi.verme.app.Programmes.importedRow;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import fi.verme.app.access.AccessRole;
import fi.verme.app.access.Grant;
import fi.verme.app.access.UserAccounts;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.StreamSupport;
import org.apache.commons.csv.CSVFormat;
import org.dhatim.fastexcel.Workbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A coordinator imports an organiser's mentors from a spreadsheet (src/test/resources/imports/mentorit.csv: 18 rows
 * with Finnish headers, six of them bad) through HTTP: the preview explains each bad row, nobody is registered before
 * the commit, the commit registers the good rows as the organiser's mentors, and a second import of the same file
 * registers nobody again. Each test writes the sample's addresses in a domain of its own organiser, since a person is
 * a mentor once in the whole installation.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class MentorImportApiTest {

    static final String SAMPLE = "/imports/mentorit.csv";
    /** The sample's bad rows, by line, with the column, the field and the reason each is rejected for. */
    static final Map<Integer, List<String>> BAD_ROWS = Map.of(
            4, List.of("Sähköposti", "email", "invalid"),
            6, List.of("Sähköposti", "email", "missing"),
            8, List.of("Etunimi", "firstName", "missing"),
            10, List.of("Koulutusvuosi", "trainingYear", "implausible-year"),
            11, List.of("Koulutusvuosi", "trainingYear", "implausible-year"),
            13, List.of("Sähköposti", "email", "duplicate-in-file"));

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    UserAccounts users;

    Api api;
    String organiser;
    String imports;

    @BeforeEach
    void setUp() {
        api = new Api(port);
        organiser = Programmes.freshOrganiser();
        imports = "/api/organisers/" + organiser + "/mentor-imports";
    }

    /** The sample, its addresses in this test's own domain. */
    private byte[] sample() {
        try (var in = MentorImportApiTest.class.getResourceAsStream(SAMPLE)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).replace("esimerkki.fi", domain())
                    .getBytes(StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private String domain() {
        return organiser + ".esimerkki.fi";
    }

    private JsonNode upload(String fileName, byte[] content) {
        var response = api.upload(imports, fileName, content);
        assertThat(response.status()).as(response.raw().body()).isEqualTo(201);
        assertThat(response.header("Location")).isEqualTo(imports + "/" + response.json().get("importId").asText());
        return response.json();
    }

    private JsonNode commit(JsonNode imported) {
        var response = api.post(imports + "/" + imported.get("importId").asText() + "/commit", Map.of());
        assertThat(response.status()).as(response.raw().body()).isEqualTo(200);
        return response.json();
    }

    private long mentors() {
        return StreamSupport.stream(api.get("/api/mentors").json().spliterator(), false)
                .filter(m -> organiser.equals(m.get("organiser").asText())).count();
    }

    @Test
    void previewsExplainsEachBadRowCommitsTheGoodOnesAndASecondImportRecordsNothingNew() throws Exception {
        var registered = Programmes.mentor(api, organiser, "Matti", "matti.makela@" + domain());
        var content = sample();
        var imported = upload("mentorit.csv", content);

        assertThat(imported.get("state").asText()).isEqualTo("PENDING");
        assertThat(imported.get("organiser").asText()).isEqualTo(organiser);
        assertThat(imported.get("fileSha256").asText())
                .isEqualTo(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content)));
        assertThat(imported.get("uploadedBy").asText()).isEqualTo("user:" + TestAccounts.TESTER);
        assertThat(importedField(imported, "Etunimi")).isEqualTo("FIRST_NAME");
        assertThat(importedField(imported, "Sukunimi")).isEqualTo("LAST_NAME");
        assertThat(importedField(imported, "Sähköposti")).isEqualTo("EMAIL");
        assertThat(importedField(imported, "Puhelin")).isEqualTo("PHONE");
        assertThat(importedField(imported, "Organisaatio")).isEqualTo("ORGANISATION");
        assertThat(importedField(imported, "Koulutusvuosi")).isEqualTo("TRAINING_YEAR");
        assertThat(importedField(imported, "Kouluttaja")).isEqualTo("TRAINING_PROVIDER");
        assertThat(importedField(imported, "Muistiinpanot")).isEqualTo("null");
        assertThat(imported.get("summary").toString())
                .isEqualTo("{\"rows\":18,\"toRecord\":11,\"recorded\":0,\"alreadyRegistered\":1,\"rejected\":6}");
        BAD_ROWS.forEach((line, why) -> {
            var row = importedRow(imported, line);
            assertThat(row.get("status").asText()).as("line %d", line).isEqualTo("REJECTED");
            assertThat(StreamSupport.stream(row.get("problems").spliterator(), false)
                    .map(p -> List.of(p.get("column").asText(), p.get("field").asText(), p.get("code").asText())))
                    .as("line %d: %s", line, row.get("problems")).containsExactly(why);
        });
        assertThat(importedRow(imported, 10).get("problems").get(0).get("message").asText()).contains("2007");
        assertThat(importedRow(imported, 13).get("problems").get(0).get("message").asText()).endsWith("line 2");
        assertThat(importedRow(imported, 5).get("status").asText()).isEqualTo("ALREADY_REGISTERED");
        assertThat(importedRow(imported, 5).get("mentorId").asText()).isEqualTo(registered);
        var first = importedRow(imported, 2);
        assertThat(first.get("status").asText()).isEqualTo("NEW");
        assertThat(first.get("mentor").get("firstName").asText()).isEqualTo("Aino");
        assertThat(first.get("mentor").get("trainingYear").asInt()).isEqualTo(2012);
        assertThat(importedRow(imported, 3).get("mentor").get("trainingProvider").asText())
                .isEqualTo("Jyväskylän yliopisto, Koulutuskeskus");
        assertThat(mentors()).as("nobody is registered before the commit").isEqualTo(1);
        assertThat(api.get(imports + "/" + imported.get("importId").asText()).json().get("summary"))
                .isEqualTo(imported.get("summary"));

        var committed = commit(imported);

        assertThat(committed.get("state").asText()).isEqualTo("COMMITTED");
        assertThat(committed.get("committedBy").asText()).isEqualTo("user:" + TestAccounts.TESTER);
        assertThat(committed.get("summary").toString())
                .isEqualTo("{\"rows\":18,\"toRecord\":0,\"recorded\":11,\"alreadyRegistered\":1,\"rejected\":6}");
        assertThat(importedRow(committed, 2).get("mentor").isNull()).as("the rows' contents are forgotten").isTrue();
        assertThat(mentors()).isEqualTo(12);
        var mentorId = importedRow(committed, 2).get("mentorId").asText();
        var mentor = api.get("/api/mentors/" + mentorId).json();
        assertThat(mentor.get("email").asText()).isEqualTo("aino.aaltonen@" + domain());
        assertThat(mentor.get("organisation").asText()).isEqualTo("Kalevan koulu");
        assertThat(mentor.get("trainingYear").asInt()).isEqualTo(2012);
        assertThat(mentor.get("organiser").asText()).isEqualTo(organiser);
        var metadata = new String(jdbc.queryForObject("""
                select meta_data from domain_event_entry where aggregate_identifier = ?
                and payload_type like '%MentorRegistered'""", byte[].class, mentorId), StandardCharsets.UTF_8);
        assertThat(metadata).contains("\"importId\":\"" + imported.get("importId").asText() + "\"")
                .contains("\"actingUser\":\"user:" + TestAccounts.TESTER + "\"");
        assertThat(jdbc.queryForObject("select file_rows is null and email_keys is null from groups.mentor_import "
                + "where import_id = ?", Boolean.class, imported.get("importId").asText())).isTrue();

        var second = upload("mentorit (1).csv", content);
        assertThat(second.get("summary").toString())
                .isEqualTo("{\"rows\":18,\"toRecord\":0,\"recorded\":0,\"alreadyRegistered\":13,\"rejected\":5}");
        assertThat(importedRow(second, 2).get("mentorId").asText()).isEqualTo(mentorId);
        assertThat(importedRow(second, 13).get("mentorId").asText()).isEqualTo(mentorId);
        assertThat(commit(second).get("summary").get("recorded").asInt()).isZero();
        assertThat(mentors()).isEqualTo(12);
        var again = api.post(imports + "/" + second.get("importId").asText() + "/commit", Map.of());
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.json().get("type").asText()).isEqualTo("urn:verme:problem:import-closed");
    }

    /** Commits sent at once: one registers the rows and records what became of each; the others are refused. */
    @Test
    void commitsAtOnceRegisterTheRowsOnceAndRecordThemRight() throws Exception {
        var imported = upload("mentorit.csv", sample());
        var commit = imports + "/" + imported.get("importId").asText() + "/commit";
        var pool = java.util.concurrent.Executors.newFixedThreadPool(4);
        try {
            var answers = new ArrayList<java.util.concurrent.Future<Api.Response>>();
            for (int i = 0; i < 4; i++) {
                answers.add(pool.submit(() -> api.post(commit, Map.of())));
            }
            var statuses = new ArrayList<Integer>();
            for (var answer : answers) {
                statuses.add(answer.get().status());
            }
            assertThat(statuses).containsOnly(200, 409).filteredOn(status -> status == 200).hasSize(1);
        } finally {
            pool.shutdown();
        }
        var summary = api.get(imports + "/" + imported.get("importId").asText()).json().get("summary");
        assertThat(summary.get("recorded").asInt()).isEqualTo(12);
        assertThat(summary.get("rejected").asInt()).isEqualTo(BAD_ROWS.size());
        assertThat(summary.get("alreadyRegistered").asInt()).isZero();
        assertThat(mentors()).isEqualTo(12);
    }

    @Test
    void theCoordinatorCorrectsTheMappingOfColumns() {
        var csv = ("Förnamn,Efternamn,E-post,Arbetsgivare,År,Utbildare\n"
                + "Greta,Lindholm,greta.lindholm@" + domain() + ",Vasa övningsskola,2016,Åbo Akademi\n")
                .getBytes(StandardCharsets.UTF_8);
        var imported = upload("mentorer.csv", csv);
        assertThat(importedField(imported, "Förnamn")).isEqualTo("FIRST_NAME");
        assertThat(importedField(imported, "E-post")).isEqualTo("EMAIL");
        assertThat(importedField(imported, "Arbetsgivare")).isEqualTo("ORGANISATION");
        assertThat(importedField(imported, "Utbildare")).isEqualTo("TRAINING_PROVIDER");
        assertThat(importedField(imported, "År")).as("a year, but of what: the coordinator says").isEqualTo("null");
        assertThat(importedRow(imported, 2).get("problems").get(0).get("code").asText()).isEqualTo("missing");
        assertThat(importedRow(imported, 2).get("problems").get(0).get("field").asText()).isEqualTo("trainingYear");
        var path = imports + "/" + imported.get("importId").asText() + "/mapping";

        var columns = new ArrayList<String>(List.of("FIRST_NAME", "LAST_NAME", "EMAIL", "ORGANISATION",
                "TRAINING_YEAR", "TRAINING_PROVIDER"));
        var mapped = api.put(path, Map.of("columns", columns));

        assertThat(mapped.status()).as(mapped.raw().body()).isEqualTo(200);
        assertThat(importedField(mapped.json(), "År")).isEqualTo("TRAINING_YEAR");
        assertThat(importedRow(mapped.json(), 2).get("status").asText()).isEqualTo("NEW");
        assertThat(importedRow(mapped.json(), 2).get("mentor").get("trainingYear").asInt()).isEqualTo(2016);
        var wrongWidth = api.put(path, Map.of("columns", columns.subList(0, 3)));
        assertThat(wrongWidth.status()).isEqualTo(400);
        assertThat(wrongWidth.json().get("errors").get(0).get("field").asText()).isEqualTo("columns");
        var twice = api.put(path, Map.of("columns", List.of("EMAIL", "LAST_NAME", "EMAIL", "ORGANISATION",
                "TRAINING_YEAR", "TRAINING_PROVIDER")));
        assertThat(twice.status()).isEqualTo(400);
        var unknown = api.put(path, Map.of("columns", List.of("FIRST_NAME", "LAST_NAME", "EMAIL", "ORGANISATION",
                "TRAINING_YEAR", "ROLE")));
        assertThat(unknown.status()).as("a field mentors do not have").isEqualTo(400);
        assertThat(importedField(api.get(imports + "/" + imported.get("importId").asText()).json(), "År"))
                .as("a refused mapping changes nothing").isEqualTo("TRAINING_YEAR");
        assertThat(mentors()).isZero();
    }

    @Test
    void theSameRowsParseAsXlsxAndAFileItCannotReadIsRefused() throws IOException {
        var expected = upload("mentorit.csv", sample()).get("summary");
        var imported = upload("mentorit.xlsx", xlsx(sample()));
        assertThat(imported.get("summary")).isEqualTo(expected);
        assertThat(importedRow(imported, 2).get("mentor").get("trainingYear").asInt()).isEqualTo(2012);

        var empty = api.upload(imports, "tyhja.csv", new byte[0]);
        assertThat(empty.status()).isEqualTo(400);
        assertThat(empty.json().get("errors").get(0).get("field").asText()).isEqualTo("file");
        var huge = api.upload(imports, "iso.csv", new byte[6 * 1024 * 1024]);
        assertThat(huge.status()).isEqualTo(413);
        assertThat(jdbc.queryForObject("select count(*) from groups.mentor_import where organiser = ?", Long.class,
                organiser)).isEqualTo(2);
    }

    @Test
    void anotherOrganisersCoordinatorNeitherSeesNorCommitsTheImport() {
        var imported = upload("mentorit.csv", sample());
        var importId = imported.get("importId").asText();
        var other = Programmes.freshOrganiser();
        var coordinator = "koordinaattori-" + UUID.randomUUID().toString().substring(0, 8);
        users.save(coordinator, TestAccounts.PASSWORD, "Toinen koordinaattori", null, null, null, true);
        users.setGrants(coordinator, List.of(new Grant(AccessRole.COORDINATOR, other)));
        var stranger = api.as(coordinator, TestAccounts.PASSWORD);

        assertThat(stranger.get(imports + "/" + importId).status()).isEqualTo(403);
        assertThat(stranger.put(imports + "/" + importId + "/mapping", Map.of("columns", List.of())).status())
                .isEqualTo(403);
        assertThat(stranger.post(imports + "/" + importId + "/commit", Map.of()).status()).isEqualTo(403);
        assertThat(stranger.upload(imports, "mentorit.csv", sample()).status()).isEqualTo(403);
        var ownPath = stranger.get("/api/organisers/" + other + "/mentor-imports/" + importId);
        assertThat(ownPath.status()).as("A's import under B's organiser").isEqualTo(404);
        assertThat(ownPath.json().get("type").asText()).endsWith("mentor-import-not-found");
        assertThat(stranger.post("/api/organisers/" + other + "/mentor-imports/" + importId + "/commit", Map.of())
                .status()).isEqualTo(404);
        assertThat(mentors()).isZero();
    }

    @Test
    void erasingAPersonForgetsThePendingMentorImportThatNamesThem() {
        var mentorId = Programmes.mentor(api, organiser, "Poistettava", "poistettava@" + domain());
        var person = api.get("/api/mentors/" + mentorId).json().get("personId").asText();
        var csv = ("Etunimi;Sukunimi;Sähköposti;Organisaatio;Koulutusvuosi;Kouluttaja\n"
                + "Poistettava;Mentori;POISTETTAVA@" + domain() + ";Koulu;2019;Osake\n").getBytes(StandardCharsets.UTF_8);
        var importId = upload("poistettava.csv", csv).get("importId").asText();

        assertThat(api.as(TestAccounts.ADMIN, TestAccounts.PASSWORD).delete("/api/persons/" + person).status())
                .isEqualTo(204);

        var discarded = api.get(imports + "/" + importId).json();
        assertThat(discarded.get("state").asText()).isEqualTo("DISCARDED");
        assertThat(discarded.get("discardedReason").asText()).isEqualTo("ERASURE");
        assertThat(discarded.get("rows")).isEmpty();
        assertThat(jdbc.queryForObject("select file_rows is null from groups.mentor_import where import_id = ?",
                Boolean.class, importId)).isTrue();
    }

    /** The CSV as a workbook, the training year as a number cell, as a spreadsheet keeps it. */
    private static byte[] xlsx(byte[] csv) throws IOException {
        var records = CSVFormat.Builder.create(CSVFormat.DEFAULT).setDelimiter(';').get()
                .parse(new StringReader(new String(csv, StandardCharsets.UTF_8))).getRecords();
        var out = new ByteArrayOutputStream();
        var workbook = new Workbook(out, "Verme", "1.0");
        var sheet = workbook.newWorksheet("Mentorit");
        for (int r = 0; r < records.size(); r++) {
            var cells = records.get(r).toList();
            for (int c = 0; c < cells.size(); c++) {
                if (r > 0 && c == 5 && cells.get(c).matches("\\d+")) {
                    sheet.value(r, c, Integer.parseInt(cells.get(c)));
                } else if (!cells.get(c).isEmpty()) {
                    sheet.value(r, c, cells.get(c));
                }
            }
        }
        workbook.finish();
        return out.toByteArray();
    }
}
