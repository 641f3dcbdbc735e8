package fi.verme.app.platform.web;

import fi.verme.shared.Characters;
import fi.verme.shared.Table;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.QuoteMode;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpOutputMessage;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;

/**
 * Writes a {@link Table} (a list a screen shows) as CSV for Excel in Finland, as the payroll file is written:
 * UTF-8 with a byte-order mark (so that Excel reads it as UTF-8), {@code ;} between fields, every data cell
 * quoted, dates as 30.6.2027 and times as 14:05 in Finnish time (which spreadsheets in Finland read as times, as they
 * do not read 14.05). Headings, the file's name and codes are in the
 * reader's language, from the UI's own texts ({@link UiTexts}), so that the file says what the screen said.
 * A text cell that a spreadsheet would run as a formula ({@code = + - @}, a tab or a carriage return first) gets a
 * leading {@code '} (OWASP's CSV-injection rule).
 */
@Component
class CsvTables extends TableWriter {

    static final MediaType CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);
    private static final ZoneId FINLAND = ZoneId.of("Europe/Helsinki");
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d.M.yyyy");
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("d.M.yyyy H:mm");

    CsvTables() {
        super(CSV);
    }

    @Override
    protected void writeInternal(Table table, HttpOutputMessage output) throws IOException {
        Locale locale = ProblemTexts.currentLocale();
        var texts = UiTexts.of(locale);
        output.getHeaders().set(HttpHeaders.CONTENT_DISPOSITION, texts.download(table, "csv"));
        Writer out = new OutputStreamWriter(output.getBody(), StandardCharsets.UTF_8);
        out.write('\uFEFF');
        var headings = CSVFormat.Builder.create(CSVFormat.EXCEL).setDelimiter(';').get();
        var rows = CSVFormat.Builder.create(headings).setQuoteMode(QuoteMode.ALL).get();
        var header = new CSVPrinter(out, headings);
        header.printRecord(table.headings().stream().map(texts::text).toList());
        var printer = new CSVPrinter(out, rows);
        for (var row : table.rows()) {
            printer.printRecord(row.stream().map(cell -> cell(cell, texts)).toList());
        }
        printer.flush();
    }

    private static String cell(Object cell, UiTexts texts) {
        if (cell == null) {
            return "";
        }
        if (cell instanceof Table.Label label) {
            return texts.label(label.list(), label.code());
        }
        if (cell instanceof LocalDate date) {
            return DATE.format(date);
        }
        if (cell instanceof Instant instant) {
            return DATE_TIME.format(instant.atZone(FINLAND));
        }
        if (cell instanceof Table.Euros euros) {
            return euros.amount().setScale(2, RoundingMode.HALF_UP).toPlainString().replace('.', ',');
        }
        if (cell instanceof BigDecimal number) {
            return number.toPlainString().replace('.', ',');
        }
        if (cell instanceof Number number) {
            return number.toString().replace('.', ',');
        }
        return safeText(cell.toString());
    }

    private static String safeText(String text) {
        return !text.isEmpty() && Characters.startsFormula(text.charAt(0)) ? "'" + text : text;
    }
}
