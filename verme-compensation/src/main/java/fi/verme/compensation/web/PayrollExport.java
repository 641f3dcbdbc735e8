package fi.verme.compensation.web;

import static fi.verme.compensation.web.CsvCells.decimal;
import static fi.verme.compensation.web.CsvCells.text;

import fi.verme.compensation.api.CompensationView;
import fi.verme.compensation.api.CompensationView.Line;
import fi.verme.compensation.api.CompensationView.PayeeLines;
import fi.verme.compensation.api.FindCompensation;
import fi.verme.compensation.api.FindPeriodYear;
import fi.verme.compensation.api.FindPayrollProfile;
import fi.verme.compensation.api.ListPayrollNumbers;
import fi.verme.compensation.api.PaymentPeriodNotFoundException;
import fi.verme.compensation.api.PayrollLayout;
import fi.verme.compensation.api.PayrollNumber;
import fi.verme.compensation.api.PayrollProfile;
import fi.verme.shared.FindProgrammeTitle;
import fi.verme.shared.ProgrammeYear;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVPrinter;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.context.MessageSource;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * The compensation as CSV for payroll and for Excel in Finland: UTF-8 with a byte-order mark (so Excel reads it
 * as UTF-8), {@code ;} between fields, a decimal comma, dates as 30.6.2027. One row per line, payee by payee,
 * each line saying whether it is taxable pay (fees) or a reimbursement (receipts, a substitute's day owed to
 * their employer), its status in the reader's words (Finnish unless they ask for Swedish or English), the
 * payment period as a month ({@code 2026-11}) and its payroll reference; after each payee's lines, their totals,
 * taxable pay and reimbursements apart. Adjustments come one line per mentor, payee and kind; lines of
 * 0,00 € are left out (nobody is paid them). Data cells are quoted, and text that a spreadsheet would run as
 * a formula is neutralised (see CsvCells). Two files: the year's (every line, owed, approved or paid) and a
 * payment period's (what payroll pays in that month). The employer report is a third ({@link EmployerCostsExport}).
 */
@RestController
class PayrollExport {

    static final List<String> COLUMNS = List.of("payee", "payeeKind", "payeeId", "paymentType", "kind",
            "description", "date", "quantity", "euros", "status", "period", "payrollReference", "adjustment",
            "source");
    private static final DateTimeFormatter FINNISH_DATE = DateTimeFormatter.ofPattern("d.M.yyyy");

    private final QueryGateway queries;
    private final MessageSource messages;

    PayrollExport(QueryGateway queries, MessageSource messages) {
        this.queries = queries;
        this.messages = messages;
    }

    /**
     * The file is named for the programme as people read it, in the reader's language:
     * {@code Seinäjoen kaupunki 2026–2027 – korvaukset.csv}, {@code Seinäjoki stad 2026–2027 – ersättningar.csv}.
     */
    @GetMapping("/api/programmes/{organiser}/{schoolYear}/compensation.csv")
    ResponseEntity<byte[]> csv(@PathVariable String organiser, @PathVariable String schoolYear, Locale locale) {
        var year = new ProgrammeYear(organiser, schoolYear);
        var view = queries.query(new FindCompensation(year), CompensationView.class).join();
        return CsvCells.file(title(year, locale) + " – " + word("csv.file.compensation", locale) + ".csv",
                write(view, line -> true, locale));
    }

    /** One payment period: {@code Seinäjoen kaupunki 2026–2027 – palkanlaskenta 2026-11.csv}. */
    @GetMapping("/api/payment-periods/{periodId}/payroll.csv")
    ResponseEntity<byte[]> period(@PathVariable String periodId, Locale locale) {
        return periodCsv(periodOf(periodId), locale);
    }

    /**
     * One payment period in the organiser's payroll profile ({@link PayrollFiles}): the file their payroll system
     * imports as it is; in the default profile, the same file as {@code payroll.csv}.
     */
    @GetMapping("/api/payment-periods/{periodId}/payroll-file")
    ResponseEntity<byte[]> profiled(@PathVariable String periodId, Locale locale) {
        var found = periodOf(periodId);
        var organiser = found.year().organiser();
        var profile = queries.query(new FindPayrollProfile(organiser), PayrollProfile.class).join().effective();
        if (profile.layout() == PayrollLayout.VERME) {
            return periodCsv(found, locale);
        }
        List<PayrollNumber> numbers = queries.query(new ListPayrollNumbers(organiser),
                ResponseTypes.multipleInstancesOf(PayrollNumber.class)).join();
        var body = PayrollFiles.write(profile, found.view(), periodId, numbers, word("csv.erased", locale));
        return CsvCells.file(fileName(found, locale), body, PayrollFiles.charset(profile.encoding()));
    }

    /** A payment period with its programme year, the year's compensation and the period's month. */
    private record FoundPeriod(String periodId, ProgrammeYear year, CompensationView view, String label) {
    }

    private FoundPeriod periodOf(String periodId) {
        var year = queries.query(new FindPeriodYear(periodId), ResponseTypes.optionalInstanceOf(ProgrammeYear.class))
                .join().orElseThrow(() -> new PaymentPeriodNotFoundException(periodId));
        var view = queries.query(new FindCompensation(year), CompensationView.class).join();
        var label = view.periods().stream().filter(p -> p.periodId().equals(periodId)).findFirst()
                .orElseThrow(() -> new PaymentPeriodNotFoundException(periodId)).period();
        return new FoundPeriod(periodId, year, view, label);
    }

    private ResponseEntity<byte[]> periodCsv(FoundPeriod found, Locale locale) {
        return CsvCells.file(fileName(found, locale),
                write(found.view(), line -> found.periodId().equals(line.periodId()), locale));
    }

    private String fileName(FoundPeriod found, Locale locale) {
        return title(found.year(), locale) + " – " + word("csv.file.payroll", locale) + " " + found.label() + ".csv";
    }

    private String write(CompensationView view, Predicate<Line> wanted, Locale locale) {
        var periods = view.periods().stream().collect(Collectors.toMap(CompensationView.Period::periodId, p -> p));
        // Names and descriptions come from users: text cells are neutralised (CsvCells).
        var headings = COLUMNS.stream().map(column -> word("csv.column." + column, locale)).toList();
        return CsvCells.write(headings, printer -> {
            for (var payee : view.payees()) {
                var lines = payee.lines().stream().filter(wanted)
                        .filter(line -> line.amount() == null || line.amount().signum() != 0).toList();
                for (var line : lines) {
                    var period = line.periodId() == null ? null : periods.get(line.periodId());
                    printer.printRecord(name(payee, locale), word("csv.PayeeKind." + payee.payee().kind(), locale),
                            text(payee.payee().id()), word("csv.PaymentType." + line.paymentType(), locale),
                            word("csv.LineKind." + line.kind(), locale), text(line.description()),
                            line.date() == null ? "" : FINNISH_DATE.format(line.date()), decimal(line.quantity()),
                            decimal(line.amount()), word("csv.LineStatus." + line.status(), locale),
                            period == null ? "" : text(period.period()),
                            period == null ? "" : text(period.payrollReference()),
                            line.adjustment() ? word("csv.yes", locale) : "", source(line, locale));
                }
                totals(printer, payee, lines, locale);
            }
        });
    }

    /** A payee's totals: one row for each kind of payment they have, and one for both when they have both. */
    private void totals(CSVPrinter printer, PayeeLines payee, List<Line> lines, Locale locale) throws IOException {
        var types = lines.stream().map(Line::paymentType).distinct().sorted().toList();
        for (var type : types) {
            total(printer, payee, word("csv.PaymentType." + type, locale),
                    lines.stream().filter(line -> line.paymentType() == type).toList(), locale);
        }
        if (types.size() > 1) {
            total(printer, payee, "", lines, locale);
        }
    }

    private void total(CSVPrinter printer, PayeeLines payee, String type, List<Line> lines, Locale locale)
            throws IOException {
        var sum = lines.stream().map(Line::amount).filter(Objects::nonNull)
                .reduce(BigDecimal.ZERO.setScale(2), BigDecimal::add);
        printer.printRecord(name(payee, locale), word("csv.PayeeKind." + payee.payee().kind(), locale),
                text(payee.payee().id()), type, word("csv.total", locale), "", "", "", decimal(sum), "", "", "", "", "");
    }

    private String name(PayeeLines payee, Locale locale) {
        return payee.name() == null ? word("csv.erased", locale) : text(payee.name());
    }

    /** The source a line pays for; a combined adjustment says how many it adjusts. */
    private String source(Line line, Locale locale) {
        return line.sourceId() != null ? text(line.sourceId())
                : messages.getMessage("csv.sources", new Object[] {line.sourceIds().size()}, locale);
    }

    private String word(String code, Locale locale) {
        return messages.getMessage(code, null, locale);
    }

    private String title(ProgrammeYear year, Locale locale) {
        return queries.query(new FindProgrammeTitle(year, locale.getLanguage()), String.class).join();
    }


}
