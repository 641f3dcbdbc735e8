package fi.verme.compensation.web;

import static fi.verme.compensation.web.CsvCells.text;

import fi.verme.compensation.api.CompensationView;
import fi.verme.compensation.api.FindCompensation;
import fi.verme.shared.FindProgrammeTitle;
import fi.verme.shared.ProgrammeYear;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.QuoteMode;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * The compensation as CSV for payroll and for Excel in Finland: UTF-8 with a byte-order mark (so
 * Excel reads it as UTF-8), {@code ;} between fields, a decimal comma, dates as 30.6.2027, and one
 * row per line of each mentor's compensation. Data cells are quoted, and text that a spreadsheet would
 * run as a formula is neutralised (see CsvCells).
 */
@RestController
class PayrollExport {

    static final String[] HEADERS = {"Mentori", "Mentorin tunnus", "Laji", "Kuvaus", "Päivä", "Määrä", "Euroa",
        "Tila", "Maksujakso", "Oikaisu", "Lähde"};
    private static final DateTimeFormatter FINNISH_DATE = DateTimeFormatter.ofPattern("d.M.yyyy");

    private final QueryGateway queries;

    PayrollExport(QueryGateway queries) {
        this.queries = queries;
    }

    /** The file is named for the programme as people read it: {@code Seinäjoen kaupunki 2026–2027 – korvaukset.csv}. */
    @GetMapping("/api/programmes/{organiser}/{schoolYear}/compensation.csv")
    ResponseEntity<byte[]> csv(@PathVariable String organiser, @PathVariable String schoolYear, Locale locale) {
        var year = new ProgrammeYear(organiser, schoolYear);
        var view = queries.query(new FindCompensation(year), CompensationView.class).join();
        var out = new StringWriter();
        out.write('\uFEFF');
        var format = CSVFormat.Builder.create(CSVFormat.EXCEL).setDelimiter(';').get();
        // Every data cell quoted, text cells neutralised (CsvCells): names and descriptions come from users.
        var rows = CSVFormat.Builder.create(format).setQuoteMode(QuoteMode.ALL).get();
        try (var header = new CSVPrinter(out, format); var printer = new CSVPrinter(out, rows)) {
            header.printRecord((Object[]) HEADERS);
            for (var mentor : view.mentors()) {
                for (var line : mentor.lines()) {
                    printer.printRecord(text(mentor.name()), text(mentor.mentorId()), line.kind().name(),
                            text(line.description()), line.date() == null ? "" : FINNISH_DATE.format(line.date()),
                            decimal(line.quantity()), decimal(line.amount()), line.status().name(),
                            text(line.periodId()), line.adjustment() ? "kyllä" : "", text(line.sourceId()));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        var title = queries.query(new FindProgrammeTitle(year, locale.getLanguage()), String.class).join();
        var filename = title + " – korvaukset.csv";
        return ResponseEntity.ok()
                .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(filename, StandardCharsets.UTF_8).build().toString())
                .body(out.toString().getBytes(StandardCharsets.UTF_8));
    }

    /** A decimal comma, as Excel in Finland reads numbers. */
    static String decimal(BigDecimal value) {
        return value == null ? "" : value.toPlainString().replace('.', ',');
    }
}
