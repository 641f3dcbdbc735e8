package fi.verme.app.platform.web;

import fi.verme.shared.Table;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpOutputMessage;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;

/**
 * Writes a {@link Table} as an Excel workbook (XLSX) that a spreadsheet reads as figures, not text: numbers and
 * euros are numbers (euros formatted {@code 1 234,50 €} in a Finnish Excel), dates and times are dates (shown
 * {@code 30.6.2027} and {@code 30.6.2027 14:05}, Finnish time), codes are their names. The header row is bold,
 * frozen and filtered, and each column is as wide as its longest value (within reason). A text cell stays a
 * text cell, so nothing a person typed can become a formula. The headings, the sheet's and the file's names
 * are in the reader's language, as in the CSV ({@link CsvTables}); which of the two a request gets is chosen
 * by its path's extension ({@link FileFormats}).
 */
@Component
class XlsxTables extends TableWriter {

    static final MediaType XLSX = MediaType.parseMediaType(Table.XLSX);
    private static final ZoneId FINLAND = ZoneId.of("Europe/Helsinki");
    private static final String DATE = "d.m.yyyy";
    private static final String DATE_TIME = "d.m.yyyy h:mm";
    /** The euro sign escaped, not quoted: FastExcel writes a format's quotes unescaped into styles.xml. */
    private static final String EUROS = "#,##0.00\\ \\€";
    /** Excel's limits on a sheet's name: 31 characters, none of these. */
    private static final String NOT_IN_SHEET_NAMES = "[\\[\\]:*?/\\\\]";
    private static final int WIDEST = 60;

    XlsxTables() {
        super(XLSX);
    }

    @Override
    protected void writeInternal(Table table, HttpOutputMessage output) throws IOException {
        var texts = UiTexts.of(ProblemTexts.currentLocale());
        output.getHeaders().set(HttpHeaders.CONTENT_DISPOSITION, texts.download(table, "xlsx"));
        try (var workbook = new Workbook(output.getBody(), "Verme", "1.0")) {
            var name = texts.text(table.fileKey()).replaceAll(NOT_IN_SHEET_NAMES, " ");
            var sheet = workbook.newWorksheet(name.length() > 31 ? name.substring(0, 31) : name);
            var widths = new int[table.headings().size()];
            for (int column = 0; column < widths.length; column++) {
                var heading = texts.text(table.headings().get(column));
                sheet.value(0, column, heading);
                widths[column] = heading.length() + 3;
            }
            sheet.range(0, 0, 0, widths.length - 1).style().bold().fillColor("E8EEF4").set();
            sheet.freezePane(0, 1);
            int row = 1;
            for (var cells : table.rows()) {
                write(sheet, row++, cells, widths, texts);
            }
            sheet.setAutoFilter(0, 0, widths.length - 1);
            for (int column = 0; column < widths.length; column++) {
                sheet.width(column, Math.min(widths[column], WIDEST));
            }
        }
    }

    private static void write(Worksheet sheet, int row, List<Object> cells, int[] widths, UiTexts texts) {
        for (int column = 0; column < cells.size(); column++) {
            var cell = cells.get(column);
            String shown;
            if (cell == null) {
                continue;
            } else if (cell instanceof Table.Label label) {
                shown = texts.label(label.list(), label.code());
                sheet.value(row, column, shown);
            } else if (cell instanceof LocalDate date) {
                sheet.value(row, column, date);
                sheet.style(row, column).format(DATE).set();
                shown = "30.12.2027";
            } else if (cell instanceof Instant instant) {
                sheet.value(row, column, instant.atZone(FINLAND).toLocalDateTime());
                sheet.style(row, column).format(DATE_TIME).set();
                shown = "30.12.2027 14:05";
            } else if (cell instanceof Table.Euros euros) {
                sheet.value(row, column, euros.amount());
                sheet.style(row, column).format(EUROS).set();
                shown = euros.amount().toPlainString() + "  € ";
            } else if (cell instanceof BigDecimal number) {
                sheet.value(row, column, number);
                shown = number.toPlainString();
            } else if (cell instanceof Number number) {
                sheet.value(row, column, number);
                shown = number.toString();
            } else {
                shown = cell.toString();
                sheet.value(row, column, shown);
            }
            widths[column] = Math.max(widths[column], shown.length() + 2);
        }
    }
}
