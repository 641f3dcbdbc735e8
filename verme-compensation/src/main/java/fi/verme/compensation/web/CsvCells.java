package fi.verme.compensation.web;

import fi.verme.shared.Characters;
import fi.verme.shared.Downloads;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.QuoteMode;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * The compensation module's CSV files, as Excel in Finland opens them: UTF-8 with a byte order mark, {@code ;}
 * between cells, a decimal comma, every data cell quoted. Text cells are made safe to open in a spreadsheet
 * (OWASP's CSV-injection rule): a cell that begins with {@code = + - @}, a tab or a carriage return would be read
 * as a formula, so it gets a leading single quote and is shown as the text it is. Numbers formatted here
 * (amounts, which may be negative) are not text cells and stay numbers.
 */
final class CsvCells {

    /** Writes the data rows of a file. */
    interface Rows {
        void write(CSVPrinter printer) throws IOException;
    }

    private CsvCells() {
    }

    static String text(String value) {
        if (value == null) {
            return "";
        }
        return !value.isEmpty() && Characters.startsFormula(value.charAt(0)) ? "'" + value : value;
    }

    /** A decimal comma, as Excel in Finland reads numbers. */
    static String decimal(BigDecimal value) {
        return value == null ? "" : value.toPlainString().replace('.', ',');
    }

    /** A file's text: its headings, then its rows, every data cell quoted. */
    static String write(List<String> headings, Rows rows) {
        var out = new StringWriter();
        out.write('\uFEFF');
        var format = CSVFormat.Builder.create(CSVFormat.EXCEL).setDelimiter(';').get();
        var quoted = CSVFormat.Builder.create(format).setQuoteMode(QuoteMode.ALL).get();
        try (var header = new CSVPrinter(out, format); var printer = new CSVPrinter(out, quoted)) {
            header.printRecord(headings);
            rows.write(printer);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    /** The file as a download with this name. */
    static ResponseEntity<byte[]> file(String filename, String body) {
        return file(filename, body.getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8);
    }

    /** A CSV already written in its characters (a payroll profile's), as a download with this name. */
    static ResponseEntity<byte[]> file(String filename, byte[] body, Charset charset) {
        return ResponseEntity.ok()
                .contentType(new MediaType("text", "csv", charset))
                .header(HttpHeaders.CONTENT_DISPOSITION, Downloads.attachment(filename))
                .body(body);
    }
}
