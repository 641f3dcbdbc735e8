package fi.verme.shared;

import java.math.BigDecimal;
import java.util.List;

/**
 * A list as a spreadsheet reads it, for the lists and reports a screen shows (the application writes it as CSV
 * for Excel in Finland, or as an XLSX workbook with typed cells, by the file's extension). It says what the screen says, in the reader's language: the file name's word and the headings
 * are keys of the UI's texts, and a {@link Label} is a code shown by its name there ({@code enum.<list>.<code>}).
 * Any other cell is text, a number, {@link Euros}, a {@link java.time.LocalDate} or an {@link java.time.Instant},
 * written in Finnish formats whatever the language; {@code null} is an empty cell.
 *
 * @param fileKey  the UI text naming the file, e.g. {@code list.enrolmentsFile}
 * @param about    what the list is of, as people read it: the programme's title
 * @param headings the UI texts of the column headings
 * @param rows     the rows, each with a cell per heading
 */
public record Table(String fileKey, String about, List<String> headings, List<List<Object>> rows) {

    /** The media types a table is written in, for a handler's {@code produces}: one handler serves both. */
    public static final String CSV = "text/csv";
    public static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    /** A code of a code list, shown by its name in the reader's language. */
    public record Label(String list, String code) {

        public static Label of(Enum<?> code) {
            return code == null ? null : new Label(code.getDeclaringClass().getSimpleName(), code.name());
        }
    }

    /** An amount of money, formatted as euros (a spreadsheet keeps it a number). */
    public record Euros(BigDecimal amount) {

        public static Euros of(BigDecimal amount) {
            return amount == null ? null : new Euros(amount);
        }
    }
}
