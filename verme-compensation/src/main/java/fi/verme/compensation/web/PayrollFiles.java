package fi.verme.compensation.web;

import static fi.verme.compensation.web.CsvCells.text;

import fi.verme.compensation.api.CompensationView;
import fi.verme.compensation.api.CompensationView.Line;
import fi.verme.compensation.api.LineKind;
import fi.verme.compensation.api.PayeeKind;
import fi.verme.compensation.api.PayrollDecimal;
import fi.verme.compensation.api.PayrollEncoding;
import fi.verme.compensation.api.PayrollField;
import fi.verme.compensation.api.PayrollNumber;
import fi.verme.compensation.api.PayrollNumbersMissingException;
import fi.verme.compensation.api.PayrollProfile;
import fi.verme.compensation.api.PayrollTextUnencodableException;
import fi.verme.compensation.api.PayTypeCodesMissingException;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.Charset;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.StandardCharsets;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.QuoteMode;

/**
 * A payment period's payroll file in an organiser's profile (municipal or custom): one row per line paid to a
 * mentor or a person (an employer is paid by invoice, from the employer report), with the columns, headings,
 * separators, date format and characters the payroll system reads. Refused rather than written incomplete: a
 * payee without an employee number, or a kind of line without a pay type code, when the file has that column.
 * Quotes only where a value needs them; every text cell (headings, codes and numbers finance typed included) that a
 * spreadsheet would run as a formula is neutralised.
 */
final class PayrollFiles {

    private PayrollFiles() {
    }

    /** The file's bytes in the profile's characters. */
    static byte[] write(PayrollProfile profile, CompensationView view, String periodId, List<PayrollNumber> numbers,
                        String erasedName) {
        var periods = view.periods().stream().filter(p -> p.periodId().equals(periodId)).findFirst();
        var numberOf = numbers.stream().collect(Collectors.toMap(PayrollNumber::payee, PayrollNumber::employeeNumber,
                (a, b) -> a));
        var fields = profile.columns().stream().map(PayrollProfile.PayrollColumn::field).toList();
        var rows = new ArrayList<Row>();
        var unnumbered = new LinkedHashSet<String>();
        var uncoded = new LinkedHashSet<LineKind>();
        for (var payee : view.payees()) {
            if (payee.payee().kind() == PayeeKind.EMPLOYER) {
                continue;
            }
            var name = payee.name() == null ? erasedName : payee.name();
            for (var line : payee.lines()) {
                if (!periodId.equals(line.periodId()) || line.amount() == null || line.amount().signum() == 0) {
                    continue;
                }
                // A mentor's or person's id is exact (only employers' names are matched loosely, and they are not here).
                var number = numberOf.get(payee.payee());
                if (fields.contains(PayrollField.EMPLOYEE_NUMBER) && number == null) {
                    unnumbered.add(name);
                }
                if (fields.contains(PayrollField.PAY_TYPE) && !profile.payTypeCodes().containsKey(line.kind())) {
                    uncoded.add(line.kind());
                }
                rows.add(new Row(name, number, line));
            }
        }
        if (!unnumbered.isEmpty()) {
            throw new PayrollNumbersMissingException(List.copyOf(unnumbered));
        }
        if (!uncoded.isEmpty()) {
            throw new PayTypeCodesMissingException(List.copyOf(uncoded));
        }
        var period = periods.orElse(null);
        var date = DateTimeFormatter.ofPattern(profile.dateFormat().pattern());
        Function<BigDecimal, String> number = value -> value == null ? "" : profile.decimal() == PayrollDecimal.COMMA
                ? value.toPlainString().replace('.', ',') : value.toPlainString();
        var out = new StringWriter();
        if (profile.encoding() == PayrollEncoding.UTF_8_BOM) {
            out.write('\uFEFF');
        }
        var format = CSVFormat.Builder.create(CSVFormat.DEFAULT).setDelimiter(profile.separator().character())
                .setQuoteMode(QuoteMode.MINIMAL).setRecordSeparator("\r\n").get();
        try (var printer = new CSVPrinter(out, format)) {
            if (profile.header()) {
                printer.printRecord(profile.columns().stream().map(column -> text(column.heading())).toList());
            }
            for (var row : rows) {
                var line = row.line();
                var quantity = line.quantity() == null ? BigDecimal.ONE : line.quantity();
                var unitPrice = quantity.signum() == 0 ? line.amount()
                        : line.amount().divide(quantity, 2, RoundingMode.HALF_UP);
                var cells = new ArrayList<String>();
                for (var field : fields) {
                    cells.add(switch (field) {
                        case EMPLOYEE_NUMBER -> row.number() == null ? "" : text(row.number());
                        case PAYEE -> text(row.name());
                        case PAY_TYPE -> text(profile.payTypeCodes().getOrDefault(line.kind(), ""));
                        case KIND -> line.kind().name();
                        case PAYMENT_TYPE -> line.paymentType().name();
                        case DATE -> line.date() == null ? "" : date.format(line.date());
                        case QUANTITY -> number.apply(quantity);
                        case UNIT_PRICE -> number.apply(unitPrice);
                        case AMOUNT -> number.apply(line.amount());
                        case DESCRIPTION -> text(line.description());
                        case PERIOD -> period == null ? "" : period.period();
                        case PAYROLL_REFERENCE -> period == null || period.payrollReference() == null ? ""
                                : text(period.payrollReference());
                    });
                }
                printer.printRecord(cells);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        var file = out.toString();
        var charset = charset(profile.encoding());
        var encoder = charset.newEncoder();
        if (!encoder.canEncode(file)) {
            var headings = profile.header() ? profile.columns().stream().map(column -> column.heading()).toList()
                    : List.<String>of();
            refuseUnencodable(file, headings, rows, encoder);
        }
        return file.getBytes(charset);
    }

    /** Names the characters the encoding cannot write, and the payees and lines whose text has them. */
    private static void refuseUnencodable(String file, List<String> headings, List<Row> rows, CharsetEncoder encoder) {
        var characters = new StringBuilder();
        file.codePoints().filter(c -> !encoder.canEncode(Character.toString(c)))
                .filter(c -> characters.indexOf(Character.toString(c)) < 0).forEach(characters::appendCodePoint);
        var texts = new LinkedHashSet<String>();
        headings.stream().filter(heading -> heading != null && !encoder.canEncode(heading)).forEach(texts::add);
        for (var row : rows) {
            Stream.of(row.name(), row.line().description())
                    .filter(text -> text != null && !encoder.canEncode(text)).forEach(texts::add);
        }
        throw new PayrollTextUnencodableException(List.copyOf(texts), characters.toString());
    }

    static Charset charset(PayrollEncoding encoding) {
        return encoding == PayrollEncoding.WINDOWS_1252 ? Charset.forName("windows-1252") : StandardCharsets.UTF_8;
    }

    private record Row(String name, String number, Line line) {
    }
}
