package fi.verme.app;

import static fi.verme.app.Programmes.path;
import static fi.verme.app.Programmes.importedField;
import static fi.verme.app.Programmes.importedRow;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import org.dhatim.fastexcel.Workbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A coordinator imports last year's enrolments from a spreadsheet (src/test/resources/imports/ilmoittautumiset.csv:
 * 300 rows with Finnish headers, ten of them bad, written by generate.py beside it) through HTTP: the preview explains
 * each bad row, nothing is enrolled before the commit, the commit enrols the good rows through the form's own command,
 * and a second import of the same file enrols nobody again. The same rows parse as Windows-1252, with commas, with a
 * byte-order mark and as XLSX.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ImportApiTest {

    static final String SAMPLE = "/imports/ilmoittautumiset.csv";
    /** The sample's bad rows, by line, with the field each is rejected for and why (see generate.py). */
    static final Map<Integer, List<String>> BAD_ROWS = Map.of(
            11, List.of("Suostumus", "consentToProcessing", "no-consent"),
            51, List.of("Suostumus", "consentToProcessing", "no-consent"),
            91, List.of("Suostumus", "consentToProcessing", "no-consent"),
            21, List.of("Toive 1", "themeWishes[0]", "unknown-theme"),
            61, List.of("Toive 1", "themeWishes[0]", "unknown-theme"),
            101, List.of("Toive 1", "themeWishes[0]", "unknown-theme"),
            31, List.of("Sähköposti", "email", "invalid"),
            71, List.of("Sähköposti", "email", "invalid"),
            41, List.of("Sähköposti", "email", "duplicate-in-file"),
            81, List.of("Sähköposti", "email", "duplicate-in-file"));

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;

    Api api;
    String organiser;

    @BeforeEach
    void setUp() {
        api = new Api(port);
        organiser = Programmes.freshOrganiser();
        Programmes.openCallOpenToday(api, organiser);
    }

    static byte[] sample() {
        try (var in = ImportApiTest.class.getResourceAsStream(SAMPLE)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private JsonNode upload(String fileName, byte[] content) {
        var response = api.upload(path(organiser) + "/imports", fileName, content);
        assertThat(response.status()).as(response.raw().body()).isEqualTo(201);
        assertThat(response.header("Location"))
                .isEqualTo(path(organiser) + "/imports/" + response.json().get("importId").asText());
        return response.json();
    }

    private JsonNode commit(JsonNode imported, Map<String, Object> body) {
        var response = api.post(path(organiser) + "/imports/" + imported.get("importId").asText() + "/commit", body);
        assertThat(response.status()).as(response.raw().body()).isEqualTo(200);
        return response.json();
    }

    private int enrolled() {
        return Integer.parseInt(api.get(path(organiser) + "/enrolments?size=1").header("X-Total-Count"));
    }

    @Test
    void previewsExplainsEachBadRowCommitsTheGoodOnesAndASecondImportRecordsNothingNew() throws Exception {
        var content = sample();
        var imported = upload("ilmoittautumiset.csv", content);

        assertThat(imported.get("state").asText()).isEqualTo("PENDING");
        assertThat(imported.get("fileSha256").asText())
                .isEqualTo(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content)));
        assertThat(imported.get("uploadedBy").asText()).isEqualTo("user:" + TestAccounts.TESTER);
        assertThat(importedField(imported, "Etunimi")).isEqualTo("FIRST_NAME");
        assertThat(importedField(imported, "Sukunimi")).isEqualTo("LAST_NAME");
        assertThat(importedField(imported, "Sähköposti")).isEqualTo("EMAIL");
        assertThat(importedField(imported, "Puhelin")).isEqualTo("PHONE");
        assertThat(importedField(imported, "Työnantaja")).isEqualTo("EMPLOYER");
        assertThat(importedField(imported, "Yksikkö")).isEqualTo("UNIT");
        assertThat(importedField(imported, "Tehtävä")).isEqualTo("ROLE");
        assertThat(importedField(imported, "Uravaihe")).isEqualTo("CAREER_STAGE");
        assertThat(importedField(imported, "Toive 1")).isEqualTo("THEME_WISH_1");
        assertThat(importedField(imported, "Toive 2")).isEqualTo("THEME_WISH_2");
        assertThat(importedField(imported, "Suostumus")).isEqualTo("CONSENT");
        assertThat(importedField(imported, "Vastausaika")).isEqualTo("null");
        assertThat(importedField(imported, "Kilometrit")).isEqualTo("null");
        assertThat(imported.get("summary").toString())
                .isEqualTo("{\"rows\":300,\"toRecord\":290,\"recorded\":0,\"alreadyEnrolled\":0,\"withdrawn\":0,"
                        + "\"rejected\":10}");
        BAD_ROWS.forEach((line, why) -> {
            var row = importedRow(imported, line);
            assertThat(row.get("status").asText()).as("line %d", line).isEqualTo("REJECTED");
            assertThat(StreamSupport.stream(row.get("problems").spliterator(), false)
                    .map(p -> List.of(p.get("column").asText(), p.get("field").asText(), p.get("code").asText())))
                    .as("line %d: %s", line, row.get("problems")).containsExactly(why);
        });
        var first = importedRow(imported, 2);
        assertThat(first.get("status").asText()).isEqualTo("NEW");
        assertThat(first.get("enrolment").get("firstName").asText()).isEqualTo("Jääskeläinen");
        assertThat(first.get("enrolment").get("role").asText()).isEqualTo("SCHOOL_ASSISTANT");
        assertThat(first.get("enrolment").get("careerStage").asText()).isEqualTo("NEW");
        assertThat(first.get("enrolment").get("themeWishes").toString()).isEqualTo("[\"UUDET\",\"ERITYIS\"]");
        assertThat(importedRow(imported, 4).get("enrolment").get("role").asText()).isEqualTo("TEACHER");
        assertThat(enrolled()).as("nothing is recorded before the commit").isZero();
        var again = api.get(path(organiser) + "/imports/" + imported.get("importId").asText());
        assertThat(again.json().get("summary")).isEqualTo(imported.get("summary"));

        var committed = commit(imported, Map.of("sendNotices", false));

        assertThat(committed.get("state").asText()).isEqualTo("COMMITTED");
        assertThat(committed.get("committedBy").asText()).isEqualTo("user:" + TestAccounts.TESTER);
        assertThat(committed.get("summary").toString())
                .isEqualTo("{\"rows\":300,\"toRecord\":0,\"recorded\":290,\"alreadyEnrolled\":0,\"withdrawn\":0,"
                        + "\"rejected\":10}");
        assertThat(importedRow(committed, 2).has("enrolment") && !importedRow(committed, 2).get("enrolment").isNull())
                .as("the rows' contents are forgotten after the commit").isFalse();
        assertThat(enrolled()).isEqualTo(290);
        var enrolmentId = importedRow(committed, 2).get("enrolmentId").asText();
        var enrolment = api.get("/api/enrolments/" + enrolmentId).json();
        assertThat(enrolment.get("person").get("email").asText()).isEqualTo("jaaskelainen.virtanen.2@esimerkki.fi");
        assertThat(enrolment.get("unit").asText()).isEqualTo("Päiväkoti Tähti");
        var metadata = new String(jdbc.queryForObject("""
                select meta_data from domain_event_entry where aggregate_identifier = ?
                and payload_type like '%EnrolmentSubmitted'""", byte[].class, enrolmentId), StandardCharsets.UTF_8);
        assertThat(metadata).contains("\"importId\":\"" + imported.get("importId").asText() + "\"")
                .contains("\"actingUser\":\"user:" + TestAccounts.TESTER + "\"");
        assertThat(jdbc.queryForObject("select file_rows is null and email_keys is null from enrolment.enrolment_import "
                + "where import_id = ?", Boolean.class, imported.get("importId").asText())).isTrue();
        var outbox = api.get("/api/admin/outbox?programme=" + organiser + "/" + Programmes.SCHOOL_YEAR).json();
        assertThat(outbox).as("no mail to people imported without notices").isEmpty();

        // The person of line 2 withdraws; the same file (a web form's growing export, say) comes again.
        assertThat(api.post("/api/enrolments/" + enrolmentId + "/withdraw", Map.of("reason", "SCHEDULE")).status())
                .isEqualTo(200);
        var second = upload("ilmoittautumiset (1).csv", content);
        assertThat(second.get("summary").toString()).isEqualTo("{\"rows\":300,\"toRecord\":0,\"recorded\":0,"
                + "\"alreadyEnrolled\":290,\"withdrawn\":2,\"rejected\":8}"); // line 41 repeats line 2's address
        assertThat(importedRow(second, 2).get("status").asText()).isEqualTo("WITHDRAWN");
        assertThat(importedRow(second, 2).get("enrolmentId").asText()).isEqualTo(enrolmentId);
        assertThat(importedRow(second, 3).get("status").asText()).isEqualTo("ALREADY_ENROLLED");
        var recommitted = commit(second, Map.of("sendNotices", false));
        assertThat(recommitted.get("summary").get("recorded").asInt()).isZero();
        assertThat(recommitted.get("summary").get("withdrawn").asInt()).isEqualTo(2);
        assertThat(importedRow(recommitted, 2).get("status").asText()).isEqualTo("WITHDRAWN");
        assertThat(enrolled()).isEqualTo(290);
        assertThat(jdbc.queryForObject("select count(*) from enrolment.roster_entry where programme_year = ? "
                + "and status <> 'WITHDRAWN'", Integer.class, organiser + "/" + Programmes.SCHOOL_YEAR)).isEqualTo(289);
        assertThat(api.post(path(organiser) + "/imports/" + second.get("importId").asText() + "/commit",
                Map.of("sendNotices", false)).json().get("type").asText()).endsWith("import-closed");
    }

    @Test
    void theSameRowsParseAsWindows1252WithCommasWithAByteOrderMarkAndAsXlsx() throws IOException {
        var records = records();
        var expected = upload("ilmoittautumiset.csv", sample()).get("summary");

        var windows = write(records, ';').getBytes(Charset.forName("windows-1252"));
        var commas = write(records, ',').getBytes(StandardCharsets.UTF_8);
        var bom = ("\uFEFF" + write(records, ';')).getBytes(StandardCharsets.UTF_8);
        for (var variant : Map.of("windows-1252.csv", windows, "commas.csv", commas, "bom.csv", bom,
                "ilmoittautumiset.xlsx", xlsx(records)).entrySet()) {
            var imported = upload(variant.getKey(), variant.getValue());
            assertThat(imported.get("summary")).as(variant.getKey()).isEqualTo(expected);
            assertThat(importedField(imported, "Sähköposti")).as(variant.getKey()).isEqualTo("EMAIL");
            assertThat(importedRow(imported, 2).get("enrolment").get("firstName").asText()).as(variant.getKey())
                    .isEqualTo("Jääskeläinen");
            assertThat(importedRow(imported, 2).get("enrolment").get("unit").asText()).as(variant.getKey())
                    .isEqualTo("Päiväkoti Tähti");
        }
    }

    @Test
    void theCoordinatorCorrectsTheMappingOfColumnsAndValues() {
        var csv = """
                Aikaleima,First name,Last name,E-mail address,Phone,Employer,School,Role,Career stage,Themes,Consent
                2025-08-01 10:00,Anna,Berg,anna.berg.%1$s@example.fi,,Vasa stad,Skolan,Lärare,Ny,"Uusille opettajille, K55",Ja
                2025-08-01 10:05,Bo,Ek,bo.ek.%1$s@example.fi,,Vasa stad,Skolan,Vaktmästare,Erfaren,K55,Ja
                """.formatted(organiser).getBytes(StandardCharsets.UTF_8);
        var imported = upload("forms.csv", csv);
        assertThat(importedField(imported, "Themes")).isEqualTo("THEME_WISHES");
        assertThat(importedField(imported, "School")).isEqualTo("UNIT");
        assertThat(importedRow(imported, 2).get("problems").toString()).contains("unknown-theme");
        assertThat(importedRow(imported, 3).get("problems").toString()).contains("unknown-role");
        assertThat(imported.get("themeValues").toString()).contains("{\"value\":\"Uusille opettajille\",\"code\":null}");

        var columns = new ArrayList<String>();
        imported.get("columns").forEach(c -> columns.add(c.get("field").isNull() ? null : c.get("field").asText()));
        columns.set(4, null);
        var body = new java.util.HashMap<String, Object>();
        body.put("columns", columns);
        body.put("themes", Map.of("Uusille opettajille", "UUDET"));
        body.put("roles", Map.of("Vaktmästare", "OTHER"));
        var mapped = api.put(path(organiser) + "/imports/" + imported.get("importId").asText() + "/mapping", body);

        assertThat(mapped.status()).as(mapped.raw().body()).isEqualTo(200);
        assertThat(mapped.json().get("summary").get("toRecord").asInt()).isEqualTo(2);
        assertThat(importedRow(mapped.json(), 2).get("enrolment").get("themeWishes").toString())
                .isEqualTo("[\"UUDET\",\"K55\"]");
        assertThat(importedRow(mapped.json(), 3).get("enrolment").get("role").asText()).isEqualTo("OTHER");

        var wrongWidth = api.put(path(organiser) + "/imports/" + imported.get("importId").asText() + "/mapping",
                Map.of("columns", List.of("EMAIL")));
        assertThat(wrongWidth.status()).isEqualTo(400);
        assertThat(wrongWidth.json().get("errors").get(0).get("field").asText()).isEqualTo("columns");
        var noChoice = api.post(path(organiser) + "/imports/" + imported.get("importId").asText() + "/commit", Map.of());
        assertThat(noChoice.status()).as("sending notices or not is the coordinator's explicit choice").isEqualTo(400);
        assertThat(enrolled()).isZero();
    }

    /**
     * Found by an outsider: form tools export free-text answers with line breaks, and a cell with a line break, a
     * tab or a zero-width space made the upload, the preview and the commit answer 500.
     */
    @Test
    void cellsWithLineBreaksTabsAndInvisibleCharactersAreReadAsOneVisibleLine() {
        var csv = ("Etunimi;Sukunimi;Sähköposti;Työnantaja;Yksikkö;Tehtävä;Uravaihe;Toive 1;Suostumus;"
                + "Lisätietoja\n"
                + "Ii\u200Bda;Ri\u202Evi;iida.rivi." + organiser + "@example.fi;Kaupunki;\"Koulu\tA\";"
                + "Opettaja;Uusi;K55;Kyllä;\"Toivon iltaryhmää.\r\nKiitos!\u0000\"\n")
                .getBytes(StandardCharsets.UTF_8);
        var imported = upload("monirivinen.csv", csv);
        var row = importedRow(imported, 2);
        assertThat(row.get("problems")).as(row.toString()).isEmpty();
        assertThat(row.get("enrolment").get("firstName").asText()).isEqualTo("Iida");
        assertThat(row.get("enrolment").get("lastName").asText()).isEqualTo("Rivi");
        assertThat(row.get("enrolment").get("unit").asText()).isEqualTo("Koulu A");
        var again = api.get(path(organiser) + "/imports/" + imported.get("importId").asText());
        assertThat(again.status()).as(again.raw().body()).isEqualTo(200);
        commit(imported, Map.of("sendNotices", false));
        assertThat(enrolled()).isEqualTo(1);
    }

    /**
     * Verme's own words for roles and career stages, in each of its languages, as its lists and CSV files write them,
     * read back (an outsider found an exported list's "uransa alussa (alle 5 v)" refused as an unknown stage).
     */
    @Test
    void theWordsVermeWritesForRolesAndCareerStagesReadBack() throws IOException {
        var lines = new StringBuilder(
                "Etunimi;Sukunimi;Sähköposti;Työnantaja;Yksikkö;Tehtävä;Uravaihe;Toive 1;Suostumus\n");
        int n = 0;
        for (var language : List.of("fi", "sv", "en")) {
            JsonNode words;
            try (var in = ImportApiTest.class.getResourceAsStream("/static/i18n/" + language + ".json")) {
                words = new com.fasterxml.jackson.databind.ObjectMapper().readTree(in).get("enum");
            }
            var roles = new ArrayList<String>();
            words.get("Role").forEach(word -> roles.add(word.asText()));
            var stages = new ArrayList<String>();
            words.get("CareerStage").forEach(word -> stages.add(word.asText()));
            for (int i = 0; i < Math.max(roles.size(), stages.size()); i++) {
                n++;
                lines.append("Sana;Numero").append(n).append(";sana").append(n).append('.').append(organiser)
                        .append("@example.fi;Kaupunki;Koulu;").append(roles.get(i % roles.size())).append(';')
                        .append(stages.get(i % stages.size())).append(";K55;Kyllä\n");
            }
        }
        var imported = upload("omat-sanat.csv", lines.toString().getBytes(StandardCharsets.UTF_8));
        assertThat(imported.get("roleValues").toString()).doesNotContain("null");
        assertThat(imported.get("careerStageValues").toString()).doesNotContain("null");
    }

    /**
     * The headings of the roster's own exports, in each of Verme's languages, are read as the fields they head, so
     * an exported list imports back (an outsider found "Työyksikkö" left unmapped, and every row refused for it).
     */
    @Test
    void theHeadingsVermeWritesReadBack() throws IOException {
        var fields = new java.util.LinkedHashMap<String, String>();
        fields.put("lastName", "LAST_NAME");
        fields.put("firstName", "FIRST_NAME");
        fields.put("email", "EMAIL");
        fields.put("phone", "PHONE");
        fields.put("employer", "EMPLOYER");
        fields.put("unit", "UNIT");
        fields.put("role", "ROLE");
        fields.put("careerStage", "CAREER_STAGE");
        fields.put("themeWishes", "THEME_WISHES");
        for (var language : List.of("fi", "sv", "en")) {
            JsonNode list;
            try (var in = ImportApiTest.class.getResourceAsStream("/static/i18n/" + language + ".json")) {
                list = new com.fasterxml.jackson.databind.ObjectMapper().readTree(in).get("list");
            }
            var headings = fields.keySet().stream().map(key -> list.get(key).asText()).toList();
            var csv = String.join(";", headings) + "\nLuku;Laura;laura." + language + "." + organiser
                    + "@example.fi;;Kaupunki;Koulu;Opettaja;Uransa alussa;K55\n";
            var imported = upload("oma-lista-" + language + ".csv", csv.getBytes(StandardCharsets.UTF_8));
            for (var field : fields.entrySet()) {
                assertThat(importedField(imported, list.get(field.getKey()).asText())).as(language + " " + field)
                        .isEqualTo(field.getValue());
            }
        }
    }

    /**
     * What an outsider brought from real form tools: Webropol's "Ensisijainen/Toissijainen teematoive", a Swedish
     * "Önskat tema 1", Microsoft Forms' respondent account ("Sähköposti": anonymous) beside the question asking for the
     * address, and a question listing themes; a phone number as Verme's own CSV guards it ('+358…). A file without a
     * consent or a theme column says which column is missing, not that each row's consent or wishes are.
     */
    @Test
    void aFormsOwnHeadingsAreReadAndAMissingColumnIsNamed() {
        var webropol = upload("webropol.csv", ("Sähköposti;Etunimi;Sukunimi;Sähköpostiosoitteesi;Puhelin;Työnantaja;"
                + "Yksikkö;Tehtävä;Uravaihe;Ensisijainen teematoive;Toissijainen teematoive;Suostumus\n"
                + "anonymous;Åsa;Öhman;asa.ohman." + organiser + "@example.fi;'+358 40 123 4567;Kaupunki;Koulu;"
                + "Opettaja;"
                + "Uusi;K55;Uudet opettajat;Kyllä\n").getBytes(StandardCharsets.UTF_8));
        assertThat(importedField(webropol, "Sähköposti")).isEqualTo("null");
        assertThat(importedField(webropol, "Sähköpostiosoitteesi")).isEqualTo("EMAIL");
        assertThat(importedField(webropol, "Ensisijainen teematoive")).isEqualTo("THEME_WISH_1");
        assertThat(importedField(webropol, "Toissijainen teematoive")).isEqualTo("THEME_WISH_2");
        var row = importedRow(webropol, 2);
        assertThat(row.get("status").asText()).as(row.toString()).isEqualTo("NEW");
        assertThat(row.get("enrolment").get("phone").asText()).isEqualTo("+358 40 123 4567");
        assertThat(row.get("enrolment").get("themeWishes").toString()).isEqualTo("[\"K55\",\"UUDET\"]");

        var swedish = upload("anmalan.csv", "Förnamn;Efternamn;E-post;Önskat tema 1;Önskat tema 2;Samtycke\n"
                .getBytes(StandardCharsets.UTF_8));
        assertThat(importedField(swedish, "Önskat tema 1")).isEqualTo("THEME_WISH_1");
        assertThat(importedField(swedish, "Önskat tema 2")).isEqualTo("THEME_WISH_2");
        var forms = upload("forms.csv",
                "Nimi;Mihin teemoihin haluaisit osallistua?\n".getBytes(StandardCharsets.UTF_8));
        assertThat(importedField(forms, "Mihin teemoihin haluaisit osallistua?")).isEqualTo("THEME_WISHES");

        var bare = upload("vanha-lista.csv", ("Etunimi;Sukunimi;Sähköposti;Työnantaja;Yksikkö;Tehtävä;Uravaihe\n"
                + "Aino;Aalto;aino.aalto." + organiser + "@example.fi;Kaupunki;Koulu;Opettaja;Uusi\n")
                .getBytes(StandardCharsets.UTF_8));
        var problems = importedRow(bare, 2).get("problems");
        assertThat(StreamSupport.stream(problems.spliterator(), false).map(p -> p.get("code").asText() + " "
                + p.get("field").asText() + " " + p.get("column").isNull()))
                .containsExactlyInAnyOrder("no-theme-column themeWishes true",
                        "no-consent-column consentToProcessing true");
    }

    /** Excel's "Unicode text": UTF-16 with its byte-order mark (or without one), cells separated by tabs. */
    @Test
    void aUtf16FileFromExcelIsReadLikeTheSameRowsInUtf8() throws IOException {
        var records = records();
        var expected = upload("ilmoittautumiset.csv", sample()).get("summary");
        for (var charset : List.of(StandardCharsets.UTF_16LE, StandardCharsets.UTF_16BE)) {
            // With its byte-order mark, as Excel writes it, and without one, as some other programs do.
            for (var mark : List.of("\uFEFF", "")) {
                var name = charset.name() + (mark.isEmpty() ? " without a byte-order mark" : "");
                var imported = upload("unicode.txt", (mark + write(records, '\t')).getBytes(charset));
                assertThat(imported.get("summary")).as(name).isEqualTo(expected);
                assertThat(importedRow(imported, 2).get("enrolment").get("firstName").asText()).as(name)
                        .isEqualTo("Jääskeläinen");
            }
        }
    }

    @Test
    void noticesGoOutOnlyWhenTheCoordinatorSaysSo() {
        var csv = ("Etunimi;Sukunimi;Sähköposti;Työnantaja;Yksikkö;Tehtävä;Uravaihe;Toive 1;Suostumus\n"
                + "Ilmo;Itettu;ilmo.itettu." + organiser + "@example.fi;Kaupunki;Koulu;Opettaja;Uusi;K55;Kyllä\n")
                .getBytes(StandardCharsets.UTF_8);
        commit(upload("yksi.csv", csv), Map.of("sendNotices", true));
        var outbox = api.get("/api/admin/outbox?programme=" + organiser + "/" + Programmes.SCHOOL_YEAR).json();
        assertThat(StreamSupport.stream(outbox.spliterator(), false).map(m -> m.get("kind").asText()).toList())
                .containsExactly("enrolment-received");
    }

    @Test
    void refusesAFileItCannotReadOrThatIsTooLarge() throws IOException, InterruptedException {
        var empty = api.upload(path(organiser) + "/imports", "tyhja.csv", new byte[0]);
        assertThat(empty.status()).isEqualTo(400);
        assertThat(empty.json().get("errors").get(0).get("field").asText()).isEqualTo("file");
        // A file that is not text (a PDF, random bytes) is refused, not read as a sheet of garbled columns.
        var random = new byte[2048];
        new java.util.Random(19).nextBytes(random);
        var pdf = ("%PDF-1.4\n%\u00e2\u00e3\u00cf\u00d3\n1 0 obj\n<< /Length 600 /Filter /FlateDecode >>\nstream\n")
                .getBytes(StandardCharsets.ISO_8859_1);
        pdf = java.util.Arrays.copyOf(pdf, pdf.length + random.length);
        System.arraycopy(random, 0, pdf, pdf.length - random.length, random.length);
        for (var notText : Map.of("satunnainen.csv", random, "asiakirja.pdf", pdf).entrySet()) {
            var refused = api.upload(path(organiser) + "/imports", notText.getKey(), notText.getValue());
            assertThat(refused.status()).as(notText.getKey()).isEqualTo(400);
            assertThat(refused.json().get("errors").get(0).get("field").asText()).isEqualTo("file");
        }
        var broken = api.upload(path(organiser) + "/imports", "rikki.xlsx", "PK\u0003\u0004 ei taulukko"
                .getBytes(StandardCharsets.ISO_8859_1));
        assertThat(broken.status()).isEqualTo(400);
        // One long text stored once in a workbook and referred to from every cell: refused as it is read.
        var repeated = new java.io.ByteArrayOutputStream();
        try (var workbook = new Workbook(repeated, "Verme", "1.0")) {
            var sheet = workbook.newWorksheet("Taulukko");
            var text = "x".repeat(900);
            for (int row = 0; row < 2_000; row++) {
                for (int column = 0; column < 20; column++) {
                    sheet.value(row, column, text);
                }
            }
        }
        var repeating = api.upload(path(organiser) + "/imports", "toisto.xlsx", repeated.toByteArray());
        assertThat(repeating.status()).as("a workbook whose cells repeat one long text").isEqualTo(400);
        assertThat(repeating.json().get("errors").get(0).get("field").asText()).isEqualTo("file");
        var unreadable = api.raw("POST", path(organiser) + "/imports", "ei monipuolinen",
                Map.of("Content-Type", "multipart/form-data; boundary=raja"));
        assertThat(unreadable.status()).as("a body that is not multipart").isEqualTo(400);
        assertThat(unreadable.contentType()).startsWith("application/problem+json");
        // A file of 2 MB, within the 5 MiB the imports allow (above the API's 1 MiB for other bodies).
        var big = new StringBuilder(new String(sample(), StandardCharsets.UTF_8));
        while (big.length() < 2 * 1024 * 1024) {
            big.append("Täyte;Rivi;taytto@example.fi;;;;;;;\n");
        }
        var large = api.upload(path(organiser) + "/imports", "iso-mutta-sallittu.csv",
                big.toString().getBytes(StandardCharsets.UTF_8));
        assertThat(large.status()).as(large.raw().body().substring(0, Math.min(300, large.raw().body().length())))
                .isNotEqualTo(413);
        var bomb = api.upload(path(organiser) + "/imports", "pommi.xlsx", zipBomb());
        assertThat(bomb.status()).as("an XLSX that unpacks to more than it may").isEqualTo(400);
        assertThat(bomb.json().get("errors").get(0).get("field").asText()).isEqualTo("file");
        var huge = api.upload(path(organiser) + "/imports", "iso.csv", new byte[6 * 1024 * 1024]);
        assertThat(huge.status()).isEqualTo(413);
        assertThat(huge.contentType()).startsWith("application/problem+json");
        // The same sent chunked, with no length for the limits to read first: the parser's limit, told as the limit.
        var part = ("--raja\r\nContent-Disposition: form-data; name=\"file\"; filename=\"iso.csv\"\r\n"
                + "Content-Type: text/csv\r\n\r\n").getBytes(StandardCharsets.UTF_8);
        var body = java.util.Arrays.copyOf(part, part.length + 6 * 1024 * 1024);
        var request = java.net.http.HttpRequest.newBuilder(java.net.URI.create("http://localhost:" + port
                        + path(organiser) + "/imports"))
                .header("Content-Type", "multipart/form-data; boundary=raja")
                .POST(java.net.http.HttpRequest.BodyPublishers.ofInputStream(() -> new java.io.ByteArrayInputStream(body)));
        Api.basic(TestAccounts.TESTER, TestAccounts.PASSWORD).forEach(request::header);
        var chunked = java.net.http.HttpClient.newHttpClient().send(request.build(),
                java.net.http.HttpResponse.BodyHandlers.ofString());
        assertThat(chunked.statusCode()).isEqualTo(413);
        assertThat(chunked.body()).contains("\"maxBodyBytes\":5242880");
        assertThat(jdbc.queryForObject("select count(*) from enrolment.enrolment_import where programme_year = ?",
                Long.class, organiser + "/" + Programmes.SCHOOL_YEAR)).isZero();
    }

    /**
     * The sample as a real workbook, with one more part that unpacks to 200 MB of spaces: small to send, and one the
     * reader would open (it ignores parts it does not know), so only the unpacking limit refuses it.
     */
    private byte[] zipBomb() throws IOException {
        var workbook = java.nio.file.Files.createTempFile("verme-import", ".xlsx");
        var out = new java.io.ByteArrayOutputStream();
        try (var zip = new java.util.zip.ZipOutputStream(out)) {
            java.nio.file.Files.write(workbook, xlsx(records()));
            try (var real = new java.util.zip.ZipFile(workbook.toFile())) {
                for (var entry : java.util.Collections.list(real.entries())) {
                    zip.putNextEntry(new java.util.zip.ZipEntry(entry.getName()));
                    try (var in = real.getInputStream(entry)) {
                        in.transferTo(zip);
                    }
                }
            }
            zip.putNextEntry(new java.util.zip.ZipEntry("xl/media/padding.bin"));
            var spaces = new byte[1024 * 1024];
            java.util.Arrays.fill(spaces, (byte) ' ');
            for (int i = 0; i < 200; i++) {
                zip.write(spaces);
            }
            zip.closeEntry();
        } finally {
            java.nio.file.Files.delete(workbook);
        }
        assertThat(out.size()).as("the bomb itself is small").isLessThan(2 * 1024 * 1024);
        return out.toByteArray();
    }

    @Test
    void erasingAPersonForgetsThePendingImportThatNamesThem() {
        var enrolmentId = Programmes.enrol(api, organiser, "Poistettava", List.of("UUDET"), "Koulu");
        var person = api.get("/api/enrolments/" + enrolmentId).json();
        var email = person.get("person").get("email").asText();
        var csv = ("Etunimi;Sukunimi;Sähköposti;Työnantaja;Yksikkö;Tehtävä;Uravaihe;Toive 1;Suostumus\n"
                + "Poistettava;Henkilö;" + email.toUpperCase() + ";Kaupunki;Koulu;Opettaja;Uusi;K55;Kyllä\n")
                .getBytes(StandardCharsets.UTF_8);
        var other = Programmes.freshOrganiser();
        Programmes.openCallOpenToday(api, other);
        var response = api.upload(path(other) + "/imports", "poistettava.csv", csv);
        assertThat(response.status()).isEqualTo(201);
        var importId = response.json().get("importId").asText();

        assertThat(api.as(TestAccounts.ADMIN, TestAccounts.PASSWORD)
                .delete("/api/persons/" + person.get("personId").asText()).status()).isEqualTo(204);

        var discarded = api.get(path(other) + "/imports/" + importId).json();
        assertThat(discarded.get("state").asText()).isEqualTo("DISCARDED");
        assertThat(discarded.get("discardedReason").asText()).isEqualTo("ERASURE");
        assertThat(discarded.get("rows")).isEmpty();
        assertThat(jdbc.queryForObject("select file_rows is null from enrolment.enrolment_import where import_id = ?",
                Boolean.class, importId)).isTrue();
    }

    @Test
    void anImportLeftUncommittedForSevenDaysIsForgotten() {
        var csv = ("Etunimi;Sukunimi;Sähköposti;Työnantaja;Yksikkö;Tehtävä;Uravaihe;Toive 1;Suostumus\n"
                + "Unohdettu;Tuonti;unohdettu." + organiser + "@example.fi;Kaupunki;Koulu;Opettaja;Uusi;K55;Kyllä\n")
                .getBytes(StandardCharsets.UTF_8);
        var importId = upload("vanha.csv", csv).get("importId").asText();
        jdbc.update("update enrolment.enrolment_import set uploaded_at = uploaded_at - interval '8 days' "
                + "where import_id = ?", importId);

        var old = api.get(path(organiser) + "/imports/" + importId).json();
        assertThat(old.get("state").asText()).isEqualTo("DISCARDED");
        assertThat(old.get("discardedReason").asText()).isEqualTo("EXPIRED");
        assertThat(old.get("rows")).isEmpty();
        assertThat(api.post(path(organiser) + "/imports/" + importId + "/commit", Map.of("sendNotices", false))
                .status()).isEqualTo(409);
        upload("uusi.csv", csv);
        assertThat(jdbc.queryForObject("select file_rows is null from enrolment.enrolment_import where import_id = ?",
                Boolean.class, importId)).as("the next upload removes the old rows for good").isTrue();
        assertThat(enrolled()).isZero();
    }

    private static List<CSVRecord> records() throws IOException {
        var text = new String(sample(), StandardCharsets.UTF_8);
        return CSVFormat.Builder.create(CSVFormat.DEFAULT).setDelimiter(';').get().parse(new StringReader(text))
                .getRecords();
    }

    private static String write(List<CSVRecord> records, char delimiter) throws IOException {
        var out = new StringBuilder();
        try (var printer = new CSVPrinter(out, CSVFormat.Builder.create(CSVFormat.EXCEL).setDelimiter(delimiter).get())) {
            for (var record : records) {
                printer.printRecord(record.toList());
            }
        }
        return out.toString();
    }

    /** The rows as an XLSX written with FastExcel: kilometres as numbers, as a spreadsheet would keep them. */
    private static byte[] xlsx(List<CSVRecord> records) throws IOException {
        var out = new ByteArrayOutputStream();
        var workbook = new Workbook(out, "Verme", "1.0");
        var sheet = workbook.newWorksheet("Vastaukset");
        for (int r = 0; r < records.size(); r++) {
            var cells = records.get(r).toList();
            for (int c = 0; c < cells.size(); c++) {
                if (r > 0 && c == 12) {
                    sheet.value(r, c, Double.parseDouble(cells.get(c).replace(',', '.')));
                } else if (!cells.get(c).isEmpty()) {
                    sheet.value(r, c, cells.get(c));
                }
            }
        }
        workbook.finish();
        return out.toByteArray();
    }
}
