package fi.verme.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import fi.verme.app.access.UserAccounts;
import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Finance's payroll profiles through HTTP on PostgreSQL: the file a payroll system imports as it is, read back
 * in each profile and checked line by line against the period's approved lines; employee numbers kept in the
 * register and forgotten with the person; a file that would be incomplete refused with what is missing.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class PayrollProfilesTest {

    @LocalServerPort
    int port;
    @Autowired
    UserAccounts accounts;
    @Autowired
    JdbcTemplate jdbc;

    Api api;
    SeededYear year;
    Api finance;
    String profile;
    String numbers;

    @BeforeEach
    void setUp() {
        api = new Api(port);
        year = new SeededYear(api, accounts, jdbc, "palkka");
        finance = year.as("finance");
        profile = "/api/organisers/" + year.organiser + "/payroll-profile";
        numbers = "/api/organisers/" + year.organiser + "/payroll-numbers";
    }

    /** What payroll pays in the period: the lines to mentors and persons (an employer is invoiced), not 0,00 €. */
    private List<JsonNode> paidLines() {
        var period = finance.get("/api/payment-periods/" + year.period);
        assertThat(period.status()).as(period.raw().body()).isEqualTo(200);
        var lines = new ArrayList<JsonNode>();
        for (var line : period.json().get("lines")) {
            if (!line.get("payee").get("kind").asText().equals("EMPLOYER") && line.get("amount").decimalValue().signum() != 0) {
                lines.add(line);
            }
        }
        assertThat(lines).as("the seeded period pays someone").isNotEmpty();
        return lines;
    }

    private String file(Charset charset) {
        var file = finance.download("/api/payment-periods/" + year.period + "/payroll-file");
        assertThat(file.statusCode()).as(new String(file.body(), charset)).isEqualTo(200);
        return new String(file.body(), charset);
    }

    private static String euros(BigDecimal amount) {
        return amount.setScale(2, java.math.RoundingMode.UNNECESSARY).toPlainString();
    }

    private static List<CSVRecord> records(String text, char separator) throws IOException {
        return CSVFormat.Builder.create(CSVFormat.DEFAULT).setDelimiter(separator).get().parse(new StringReader(text))
                .getRecords();
    }

    @Test
    void untilFinanceSetsAProfileThePayrollFileIsTheFileVermeAlwaysWrote() {
        assertThat(finance.get(profile).json().get("layout").asText()).isEqualTo("VERME");
        var csv = finance.download("/api/payment-periods/" + year.period + "/payroll.csv");
        var file = finance.download("/api/payment-periods/" + year.period + "/payroll-file");
        assertThat(file.statusCode()).isEqualTo(200);
        assertThat(file.body()).isEqualTo(csv.body());
    }

    @Test
    void theMunicipalFileHasEveryApprovedLineWithItsEmployeeNumberAndPayType() throws IOException {
        var lines = paidLines();
        var municipal = finance.put(profile, Map.of("layout", "MUNICIPAL"));
        assertThat(municipal.status()).isEqualTo(200);
        // The answer tells the file as it is written: UTF-8 without a byte order mark, the layout's own columns.
        assertThat(municipal.json().get("encoding").asText()).isEqualTo("UTF_8");
        assertThat(municipal.json().get("columns").findValuesAsText("heading"))
                .startsWith("Henkilönumero", "Palkkalaji");
        assertThat(finance.get(profile).json().get("encoding").asText()).isEqualTo("UTF_8");

        // Without employee numbers the file is refused, naming whom it lacks.
        var refused = finance.get("/api/payment-periods/" + year.period + "/payroll-file");
        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.json().get("type").asText()).endsWith("payroll-numbers-missing");
        assertThat(refused.json().get("payees")).isNotEmpty();

        var numberOf = new HashMap<String, String>();
        int next = 1000;
        for (var line : lines) {
            var payee = line.get("payee");
            var key = payee.get("kind").asText() + "/" + payee.get("id").asText();
            if (!numberOf.containsKey(key)) {
                var number = "H" + next++;
                var set = finance.put(numbers, Map.of("payeeKind", payee.get("kind").asText(), "payeeId",
                        payee.get("id").asText(), "employeeNumber", number));
                assertThat(set.status()).as(set.raw().body()).isEqualTo(200);
                numberOf.put(key, number);
            }
        }
        // Then without pay types for the kinds it pays.
        var uncoded = finance.get("/api/payment-periods/" + year.period + "/payroll-file");
        assertThat(uncoded.status()).isEqualTo(409);
        assertThat(uncoded.json().get("type").asText()).endsWith("pay-type-codes-missing");
        var codes = new LinkedHashMap<String, String>();
        for (var line : lines) {
            codes.putIfAbsent(line.get("kind").asText(), String.valueOf(2100 + codes.size()));
        }
        assertThat(finance.put(profile, Map.of("layout", "MUNICIPAL", "payTypeCodes", codes)).status()).isEqualTo(200);

        var text = file(StandardCharsets.UTF_8);
        assertThat(text).doesNotStartWith("\uFEFF").startsWith(
                "Henkilönumero;Palkkalaji;Päivämäärä;Määrä;Yksikköhinta;Summa;Selite\r\n");
        var rows = records(text, ';');
        var expected = new ArrayList<String>();
        for (var line : lines) {
            var payee = line.get("payee");
            expected.add(numberOf.get(payee.get("kind").asText() + "/" + payee.get("id").asText()) + " "
                    + codes.get(line.get("kind").asText()) + " " + euros(line.get("amount").decimalValue()));
        }
        var written = new ArrayList<String>();
        for (var row : rows.subList(1, rows.size())) {
            var amount = new BigDecimal(row.get(5).replace(',', '.'));
            var quantity = new BigDecimal(row.get(3).replace(',', '.'));
            var unitPrice = new BigDecimal(row.get(4).replace(',', '.'));
            assertThat(quantity.multiply(unitPrice).subtract(amount).abs())
                    .as("quantity × unit price is the amount, to the cent per unit").isLessThanOrEqualTo(
                            quantity.abs().multiply(new BigDecimal("0.01")));
            assertThat(row.get(2)).matches("\\d{1,2}\\.\\d{1,2}\\.\\d{4}|");
            written.add(row.get(0) + " " + row.get(1) + " " + euros(amount));
        }
        assertThat(written).containsExactlyInAnyOrderElementsOf(expected);
    }

    @Test
    void aCustomProfileWritesItsOwnColumnsSeparatorsDatesAndCharacters() throws IOException {
        var lines = paidLines();
        for (var line : lines) {
            var payee = line.get("payee");
            finance.put(numbers, Map.of("payeeKind", payee.get("kind").asText(), "payeeId", payee.get("id").asText(),
                    "employeeNumber", "N-" + payee.get("id").asText().hashCode() % 1000));
        }
        var custom = new HashMap<String, Object>();
        custom.put("layout", "CUSTOM");
        custom.put("columns", List.of(Map.of("field", "AMOUNT", "heading", "=SUM(A2:A9)"),
                Map.of("field", "PAYEE", "heading", "Nimi"), Map.of("field", "DATE", "heading", "Pvm"),
                Map.of("field", "PERIOD", "heading", "Kausi")));
        custom.put("dateFormat", "ISO");
        custom.put("decimal", "POINT");
        custom.put("separator", "TAB");
        custom.put("encoding", "WINDOWS_1252");
        custom.put("header", true);
        var saved = finance.put(profile, custom);
        assertThat(saved.status()).as(saved.raw().body()).isEqualTo(200);
        assertThat(year.as("coordinator").get(profile).json().get("layout").asText()).isEqualTo("CUSTOM");

        var all = records(file(Charset.forName("windows-1252")), '\t');
        // Finance's own heading that a spreadsheet would run as a formula is written as text.
        assertThat(all.get(0).toList()).containsExactly("'=SUM(A2:A9)", "Nimi", "Pvm", "Kausi");
        var rows = all.subList(1, all.size());
        assertThat(rows).hasSize(lines.size());
        var periodLabel = finance.get("/api/payment-periods/" + year.period).json().get("period").asText();
        var expected = new ArrayList<String>();
        for (var line : lines) {
            expected.add(euros(line.get("amount").decimalValue()));
        }
        assertThat(rows.stream().map(row -> euros(new BigDecimal(row.get(0)))).toList())
                .containsExactlyInAnyOrderElementsOf(expected);
        assertThat(rows).allSatisfy(row -> {
            assertThat(row.get(2)).matches("\\d{4}-\\d{2}-\\d{2}|");
            assertThat(row.get(3)).isEqualTo(periodLabel);
        });
        assertThat(rows.stream().map(row -> row.get(1)).toList()).anySatisfy(name -> assertThat(name).startsWith("Mentori"));

        // A letter Windows-1252 cannot write (Sámi Ŋ) is refused, naming it and where it is, not written as "?" (an
        // outsider found a payee's name damaged so, with no warning).
        custom.put("columns", List.of(Map.of("field", "AMOUNT", "heading", "Summa"),
                Map.of("field", "PAYEE", "heading", "Ŋama")));
        assertThat(finance.put(profile, custom).status()).isEqualTo(200);
        var refused = finance.get("/api/payment-periods/" + year.period + "/payroll-file");
        assertThat(refused.status()).as(refused.raw().body()).isEqualTo(409);
        assertThat(refused.json().get("type").asText()).endsWith("payroll-text-unencodable");
        assertThat(refused.json().get("characters").asText()).isEqualTo("Ŋ");
        assertThat(refused.json().get("texts").toString()).isEqualTo("[\"Ŋama\"]");
    }

    @Test
    void aProfileThatCannotBeWrittenIsRefusedByItsFieldAndChangesNothing() {
        var before = finance.get(profile).json();
        assertRefused(Map.of("layout", "CUSTOM"), "columns");
        assertRefused(Map.of("layout", "CUSTOM", "columns", List.of(Map.of("field", "AMOUNT", "heading", "A"),
                Map.of("field", "AMOUNT", "heading", "B")), "dateFormat", "ISO", "decimal", "POINT", "separator",
                "TAB", "encoding", "UTF_8"), "columns");
        assertRefused(Map.of("layout", "MUNICIPAL", "payTypeCodes", Map.of("MEETING_FEE", "=cmd|' /C calc'!A0")),
                "payTypeCodes");
        assertRefused(Map.of("layout", "CUSTOM", "columns", List.of(Map.of("field", "AMOUNT", "heading", "A")),
                "dateFormat", "dd/MM", "decimal", "POINT", "separator", "TAB", "encoding", "UTF_8"), "dateFormat");
        assertRefused(Map.of("layout", "SPREADSHEET"), "layout");
        assertRefused(Map.of("layout", "MUNICIPAL", "payTypeCodes", Map.of("MEETING_FEE", "-A1-A1")), "payTypeCodes");
        assertThat(finance.get(profile).json()).isEqualTo(before);
        var employer = finance.put(numbers, Map.of("payeeKind", "EMPLOYER", "payeeId", "Seinäjoen kaupunki",
                "employeeNumber", "1"));
        assertThat(employer.status()).isEqualTo(400);
        assertThat(employer.json().get("errors").get(0).get("field").asText()).isEqualTo("payeeKind");
        var formula = finance.put(numbers, Map.of("payeeKind", "MENTOR", "payeeId", year.mentorId, "employeeNumber", "-A1"));
        assertThat(formula.status()).isEqualTo(400);
        assertThat(formula.json().get("errors").get(0).get("field").asText()).isEqualTo("employeeNumber");
        for (var kind : List.of("MENTOR", "PERSON")) {
            var nobody = finance.put(numbers, Map.of("payeeKind", kind, "payeeId", "nobody-" + kind, "employeeNumber",
                    "X-1"));
            assertThat(nobody.status()).as(nobody.raw().body()).isEqualTo(400);
            assertThat(nobody.json().get("errors").get(0).get("field").asText()).isEqualTo("payeeId");
        }
        assertThat(finance.get(numbers).raw().body()).doesNotContain("nobody-");
        // The file with employee numbers is finance's alone: a coordinator and the auditor read payroll.csv instead.
        assertThat(year.as("coordinator").get("/api/payment-periods/" + year.period + "/payroll-file").status())
                .isEqualTo(403);
    }

    private void assertRefused(Map<String, Object> body, String field) {
        var refused = finance.put(profile, body);
        assertThat(refused.status()).as(refused.raw().body()).isEqualTo(400);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        assertThat(refused.json().get("errors").get(0).get("field").asText()).startsWith(field);
    }

    @Test
    void anErasedMentorsEmployeeNumberIsForgotten() {
        assertThat(finance.put(numbers, Map.of("payeeKind", "MENTOR", "payeeId", year.mentorId, "employeeNumber",
                "M-1")).status()).isEqualTo(200);
        assertThat(finance.get(numbers).raw().body()).contains("M-1");
        // Pay approved and not yet paid keeps the person (the payroll file names them and their number): their erasure
        // waits until finance has paid them, and the refusal says for which year and how much.
        var admin = api.as(TestAccounts.ADMIN, TestAccounts.PASSWORD);
        var early = admin.delete("/api/persons/" + year.mentorPerson);
        assertThat(early.status()).as(early.raw().body()).isEqualTo(409);
        assertThat(early.json().get("type").asText()).isEqualTo("urn:verme:problem:unpaid-pay");
        var owed = early.json().get("owed").get(0);
        assertThat(owed.get("programmeYear").get("organiser").asText()).isEqualTo(year.organiser);
        assertThat(owed.get("amount").decimalValue()).isPositive();
        assertThat(finance.get(numbers).raw().body()).contains("M-1");
        assertThat(api.get("/api/mentors/" + year.mentorId).json().get("email").isNull()).isFalse();
        var paid = finance.post("/api/payment-periods/" + year.period + "/paid", Map.of("payrollReference", "P-1"));
        assertThat(paid.status()).as(paid.raw().body()).isEqualTo(200);
        // Nor while they lead a group that goes on: its meetings would pay a payee without a name. It ends first.
        var leading = admin.delete("/api/persons/" + year.mentorPerson);
        assertThat(leading.status()).as(leading.raw().body()).isEqualTo(409);
        assertThat(leading.json().get("type").asText()).isEqualTo("urn:verme:problem:mentor-leads-group");
        assertThat(leading.json().get("groupIds")).extracting(com.fasterxml.jackson.databind.JsonNode::asText)
                .containsExactlyInAnyOrder(year.group, year.formingGroup);
        for (var group : List.of(year.group, year.formingGroup)) {
            assertThat(api.post("/api/groups/" + group + "/cancel", Map.of("reason", "MENTOR_UNAVAILABLE"))
                    .status()).isEqualTo(200);
        }
        var erased = admin.delete("/api/persons/" + year.mentorPerson);
        assertThat(erased.status()).as(erased.raw().body()).isBetween(200, 204);
        assertThat(finance.get(numbers).raw().body()).doesNotContain("M-1");
        assertThat(jdbc.queryForObject("select count(*) from compensation.payroll_number where employee_number = 'M-1'",
                Integer.class)).isZero();

        // The erased mentor's id makes nobody a payee again (found by the outsider's re-check): no new claim, no new
        // group to lead, no employee number.
        long before = jdbc.queryForObject("select count(*) from domain_event_entry", Long.class);
        var claim = api.post(year.year + "/claims", Map.of("mentorId", year.mentorId, "hours", "2",
                "description", "Suunnittelu", "date", Programmes.today().toString()));
        assertThat(claim.status()).as(claim.raw().body()).isEqualTo(400);
        assertThat(claim.json().get("errors").get(0).get("field").asText()).isEqualTo("mentorId");
        var group = api.post(year.year + "/groups", Map.of("theme", "UUDET", "name", "Uusi", "mentorIds",
                List.of(year.mentorId), "minSize", 2, "maxSize", 6, "place", "Koulu"));
        assertThat(group.status()).as(group.raw().body()).isEqualTo(400);
        assertThat(group.json().get("errors").get(0).get("field").asText()).isEqualTo("mentorIds");
        var number = finance.put(numbers, Map.of("payeeKind", "MENTOR", "payeeId", year.mentorId, "employeeNumber",
                "M-2"));
        assertThat(number.status()).as(number.raw().body()).isEqualTo(400);
        assertThat(number.json().get("errors").get(0).get("field").asText()).isEqualTo("payeeId");
        assertThat(finance.get(numbers).raw().body()).doesNotContain("M-2");
        assertThat(jdbc.queryForObject("select count(*) from domain_event_entry", Long.class)).isEqualTo(before);
    }
}
