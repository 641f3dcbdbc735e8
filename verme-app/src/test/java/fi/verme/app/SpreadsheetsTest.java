package fi.verme.app;

import static fi.verme.app.Programmes.enrolment;
import static fi.verme.app.Programmes.path;
import static org.assertj.core.api.Assertions.assertThat;

import fi.verme.app.access.UserAccounts;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipFile;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.ReadingOptions;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The lists and reports as real spreadsheets (XLSX) through HTTP on PostgreSQL: what the CSV says, as typed cells
 * (numbers as numbers, dates as dates, euros formatted), with a frozen, bold header row, in the reader's
 * language; read back with FastExcel's reader and converted by LibreOffice, which must show the same figures
 * as the CSV of the same list.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class SpreadsheetsTest {

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    @LocalServerPort
    int port;
    @Autowired
    UserAccounts accounts;
    @Autowired
    JdbcTemplate jdbc;

    Api api;
    String organiser;

    @BeforeEach
    void setUp() {
        api = new Api(port);
        organiser = Programmes.freshOrganiser();
        Programmes.openCallOpenToday(api, organiser);
        for (var name : List.of("Äijä Öörni-Åkerblom", "Päivi Kärkkäinen", "Eero Aalto")) {
            var parts = name.split(" ");
            var body = enrolment(parts[0], parts[1], parts[0].toLowerCase() + "." + organiser + "@example.fi");
            var response = api.post(path(organiser) + "/enrolments", body);
            assertThat(response.status()).as(response.raw().body()).isEqualTo(201);
        }
    }

    @Test
    void theRosterAsAWorkbookHasTypedCellsAndTheRowsOfTheCsv() throws Exception {
        var csv = api.get(path(organiser) + "/enrolments.csv?sort=lastName", Map.of("Accept-Language", "sv"));
        assertThat(csv.status()).as(csv.raw().body()).isEqualTo(200);
        var expected = records(csv.raw().body().substring(1));

        var file = download(path(organiser) + "/enrolments.xlsx?sort=lastName", "sv");
        assertThat(file.headers().firstValue("Content-Type").orElseThrow()).startsWith(XLSX);
        assertThat(file.headers().firstValue("Content-Disposition").orElseThrow())
                .contains("attachment").contains("Anm%C3%A4lningar").contains(".xlsx");
        try (var workbook = new ReadableWorkbook(new ByteArrayInputStream(file.body()), new ReadingOptions(true, false))) {
            var sheet = workbook.getFirstSheet();
            assertThat(sheet.getName()).isEqualTo("Anmälningar");
            var rows = sheet.read();
            assertThat(rows).hasSize(expected.size());
            assertThat(texts(rows.get(0))).containsExactlyElementsOf(expected.get(0).toList());
            assertThat(rows.get(1).getCell(0).getType()).isEqualTo(CellType.STRING);
            assertThat(rows.get(1).getCell(0).asString()).isEqualTo("Aalto");
            assertThat(rows.get(1).getCell(6).asString()).isEqualTo("lärare");
            // The time of enrolment is a date, shown in Finnish time as the CSV shows it.
            var submitted = rows.get(1).getCell(10);
            assertThat(submitted.getType()).isEqualTo(CellType.NUMBER);
            assertThat(submitted.getDataFormatString()).isEqualTo("d.m.yyyy h:mm");
            assertThat(finnishTime(submitted.asDate())).isEqualTo(expected.get(1).get(10));
        }
        var sheet = new String(unzipped(file.body(), "xl/worksheets/sheet1.xml"), StandardCharsets.UTF_8);
        assertThat(sheet).as("the header row is frozen and filtered").contains("state=\"frozen\"", "ySplit=\"1\"",
                "<autoFilter");

        // LibreOffice reads the same rows as the CSV: every text, and the dates as dates.
        var shown = LibreOffice.shown(file.body());
        assertThat(shown).hasSize(expected.size());
        for (int row = 0; row < expected.size(); row++) {
            assertThat(shown.get(row).toList())
                    .as("row %d", row).isEqualTo(expected.get(row).toList());
        }
    }

    @Test
    void aPaymentPeriodAsAWorkbookAddsUpToThePeriodsTotalInEuroCells() throws Exception {
        var year = new SeededYear(api, accounts, jdbc, "taulukko");
        var finance = year.as("finance");
        var period = finance.get("/api/payment-periods/" + year.period);
        assertThat(period.status()).as(period.raw().body()).isEqualTo(200);
        var total = period.json().get("total").decimalValue();
        assertThat(total.signum()).as("the seeded period pays something").isPositive();

        var file = finance.download("/api/payment-periods/" + year.period + "/payroll.xlsx");
        assertThat(file.statusCode()).as(new String(file.body())).isEqualTo(200);
        try (var workbook = new ReadableWorkbook(new ByteArrayInputStream(file.body()), new ReadingOptions(true, false))) {
            var rows = workbook.getFirstSheet().read();
            assertThat(texts(rows.get(0))).startsWith("Saaja", "Saajan laji", "Maksulaji");
            var amounts = rows.stream().skip(1).map(row -> row.getCell(7)).toList();
            assertThat(amounts).isNotEmpty().allSatisfy(cell -> {
                assertThat(cell.getType()).isEqualTo(CellType.NUMBER);
                assertThat(cell.getDataFormatString()).contains("€");
            });
            assertThat(amounts.stream().map(cell -> cell.asNumber()).reduce(BigDecimal.ZERO, BigDecimal::add))
                    .isEqualByComparingTo(total);
        }
        // LibreOffice shows the same euros, formatted as euros.
        var shown = LibreOffice.shown(file.body());
        var euros = shown.stream().skip(1).map(row -> row.get(7)).toList();
        assertThat(euros).allSatisfy(cell -> assertThat(cell).endsWith(" €"));
        assertThat(euros.stream().map(cell -> new BigDecimal(cell.replace(" €", "").replace(",", "")))
                .reduce(BigDecimal.ZERO, BigDecimal::add)).isEqualByComparingTo(total);

        // The VESO days of each participant, and the employer report, as the compensation view says.
        var view = finance.get(year.year + "/compensation").json();
        var veso = finance.download(year.year + "/veso.xlsx");
        assertThat(veso.statusCode()).isEqualTo(200);
        try (var workbook = new ReadableWorkbook(new ByteArrayInputStream(veso.body()))) {
            var rows = workbook.getFirstSheet().read();
            assertThat(rows).hasSize(view.get("participants").size() + 1);
            var days = rows.stream().skip(1).map(row -> row.getCell(5).asNumber().intValue()).reduce(0, Integer::sum);
            var expected = 0;
            for (var participant : view.get("participants")) {
                expected += participant.get("vesoDays").asInt();
            }
            assertThat(days).isEqualTo(expected);
            assertThat(rows.stream().skip(1).map(row -> row.getCell(1).asString()).toList())
                    .anySatisfy(name -> assertThat(year.memberNames.toString()).contains(name));
        }
        var employers = finance.download(year.year + "/employer-costs.xlsx");
        assertThat(employers.statusCode()).isEqualTo(200);
        try (var workbook = new ReadableWorkbook(new ByteArrayInputStream(employers.body()))) {
            assertThat(workbook.getFirstSheet().read()).hasSize(view.get("employers").size() + 1);
        }
        // A participant of the year reads none of it.
        assertThat(year.as("participant").download(year.year + "/veso.xlsx").statusCode()).isEqualTo(403);
    }

    @Test
    void aGroupsRosterAndAttendanceAsWorkbooksForItsMentor() throws Exception {
        var year = new SeededYear(api, accounts, jdbc, "ryhmataulukko");
        var mentor = year.as("mentor");
        var group = mentor.get("/api/groups/" + year.group).json();
        var roster = mentor.download("/api/groups/" + year.group + "/roster.xlsx");
        assertThat(roster.statusCode()).as(new String(roster.body())).isEqualTo(200);
        try (var workbook = new ReadableWorkbook(new ByteArrayInputStream(roster.body()), new ReadingOptions(true, false))) {
            var rows = workbook.getFirstSheet().read();
            assertThat(texts(rows.get(0))).startsWith("Sukunimi", "Etunimi", "Tehtävä");
            assertThat(rows).hasSize(1 + group.get("mentors").size() + group.get("members").size());
            assertThat(rows.get(1).getCell(2).asString()).isEqualTo("mentori");
            // Found by an outsider: the mentors' rows had no e-mail, the one way to reach a co-mentor.
            assertThat(rows.get(1).getCellText(3)).as("the mentor's e-mail")
                    .isEqualTo(group.get("mentors").get(0).get("email").asText()).contains("@");
            assertThat(rows.stream().skip(1).filter(row -> row.getCellText(2).equals("jäsen"))
                    .map(row -> row.getCellText(1)).toList()).allSatisfy(name -> assertThat(year.memberNames).contains(name));
        }
        var meetings = mentor.get("/api/groups/" + year.group + "/meetings").json();
        int held = 0;
        int presences = 0;
        for (var meeting : meetings) {
            if (meeting.get("status").asText().equals("HELD")) {
                held++;
                presences += meeting.get("attendees").size();
            }
        }
        assertThat(held).as("the seeded group has met").isPositive();
        var attendance = mentor.download("/api/groups/" + year.group + "/attendance.xlsx");
        assertThat(attendance.statusCode()).isEqualTo(200);
        try (var workbook = new ReadableWorkbook(new ByteArrayInputStream(attendance.body()), new ReadingOptions(true, false))) {
            var rows = workbook.getFirstSheet().read();
            assertThat(rows).hasSize(1 + held * group.get("members").size());
            assertThat(rows.get(1).getCell(0).getType()).as("the day is a date").isEqualTo(CellType.NUMBER);
            assertThat(rows.stream().skip(1).filter(row -> row.getCellText(4).equals("paikalla")).count())
                    .isEqualTo(presences);
            assertThat(rows.stream().skip(1).map(row -> row.getCell(5)).toList())
                    .allSatisfy(cell -> assertThat(cell.getType()).isEqualTo(CellType.NUMBER));
        }
        // A participant reads neither.
        assertThat(year.as("participant").download("/api/groups/" + year.group + "/attendance.xlsx").statusCode())
                .isEqualTo(403);
    }

    @Test
    void aWorkbookAskedWithBadParametersIsRefusedAsTheListIs() {
        var refused = api.get(path(organiser) + "/enrolments.xlsx?sort=shoeSize");
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        assertThat(refused.json().get("errors").get(0).get("field").asText()).isEqualTo("sort");
    }

    private HttpResponse<byte[]> download(String path, String language) {
        var file = api.download(path, Map.of("Accept-Language", language));
        assertThat(file.statusCode()).as(new String(file.body())).isEqualTo(200);
        return file;
    }

    static List<CSVRecord> records(String csv) throws IOException {
        return CSVFormat.Builder.create(CSVFormat.DEFAULT).setDelimiter(';').get().parse(new StringReader(csv))
                .getRecords();
    }

    static List<String> texts(Row row) {
        return row.stream().map(cell -> cell == null ? "" : cell.getText()).toList();
    }

    private static String finnishTime(LocalDateTime time) {
        return DateTimeFormatter.ofPattern("d.M.yyyy H:mm").format(time);
    }

    /** A part of the workbook, read from the file as a spreadsheet program does (its central directory). */
    static byte[] unzipped(byte[] zip, String entry) throws IOException {
        var file = Files.createTempFile("verme-workbook", ".xlsx");
        try (var workbook = new ZipFile(Files.write(file, zip).toFile())) {
            var part = workbook.getEntry(entry);
            assertThat(part).as(entry).isNotNull();
            try (var in = workbook.getInputStream(part)) {
                return in.readAllBytes();
            }
        } finally {
            Files.delete(file);
        }
    }
}
