package fi.verme.compensation.web;

import fi.verme.compensation.api.CompensationView;
import fi.verme.compensation.api.CompensationView.Line;
import fi.verme.compensation.api.FindCompensation;
import fi.verme.compensation.api.FindPeriodYear;
import fi.verme.compensation.api.PaymentPeriodNotFoundException;
import fi.verme.enrolment.api.FindPersons;
import fi.verme.enrolment.api.PersonView;
import fi.verme.shared.FindProgrammeTitle;
import fi.verme.shared.ProgrammeYear;
import fi.verme.shared.Table;
import fi.verme.shared.Table.Euros;
import fi.verme.shared.Table.Label;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * The compensation screen's reports as spreadsheets (XLSX; the VESO days also as CSV), for finance to sum and
 * filter: the year's lines, a payment period's lines, the employer report and the VESO days per participant.
 * Amounts are euros, hours and days numbers, dates dates; names come from the register (an erased person's
 * row stays, without the name). The payroll file that a payroll system imports is {@link PayrollExport}'s.
 */
@RestController
class CompensationWorkbooks {

    private static final List<String> LINE_HEADINGS = List.of("money.payee", "money.payeeKind", "money.paymentType",
            "money.claimKind", "money.line", "money.date", "money.quantity", "money.amount", "money.status",
            "money.period", "money.payroll");

    private final QueryGateway queries;

    CompensationWorkbooks(QueryGateway queries) {
        this.queries = queries;
    }

    /** Every line of the year, owed, approved or paid; lines of 0,00 € are left out, as in the payroll CSV. */
    @GetMapping(path = "/api/programmes/{organiser}/{schoolYear}/compensation.xlsx", produces = Table.XLSX)
    Table year(@PathVariable String organiser, @PathVariable String schoolYear, Locale locale) {
        var year = new ProgrammeYear(organiser, schoolYear);
        return lines("list.compensationFile", title(year, locale), compensation(year), line -> true);
    }

    /** One payment period's lines: what payroll pays that month, adding up to the period's total. */
    @GetMapping(path = "/api/payment-periods/{periodId}/payroll.xlsx", produces = Table.XLSX)
    Table period(@PathVariable String periodId, Locale locale) {
        var year = queries.query(new FindPeriodYear(periodId), ResponseTypes.optionalInstanceOf(ProgrammeYear.class))
                .join().orElseThrow(() -> new PaymentPeriodNotFoundException(periodId));
        var view = compensation(year);
        var period = view.periods().stream().filter(p -> p.periodId().equals(periodId)).findFirst()
                .orElseThrow(() -> new PaymentPeriodNotFoundException(periodId));
        return lines("list.payrollFile", title(year, locale) + " " + period.period(), view,
                line -> periodId.equals(line.periodId()));
    }

    /** The employer report (Opelix): participants, meeting hours, the hourly salary cost, travel and totals. */
    @GetMapping(path = "/api/programmes/{organiser}/{schoolYear}/employer-costs.xlsx", produces = Table.XLSX)
    Table employers(@PathVariable String organiser, @PathVariable String schoolYear, Locale locale) {
        var year = new ProgrammeYear(organiser, schoolYear);
        var rows = compensation(year).employers().stream()
                .map(e -> Arrays.<Object>asList(e.employer(), e.participants(), e.meetingHours(),
                        Euros.of(e.hourlySalaryCost()), Euros.of(e.salaryCost()), Euros.of(e.travelCosts()),
                        Euros.of(e.total())))
                .toList();
        return new Table("list.employerCostsFile", title(year, locale), List.of("enrolments.employer",
                "money.participants", "money.meetingHours", "money.hourlySalaryCost", "money.salaryCost",
                "money.travel", "money.total"), rows);
    }

    /** The hours and VESO days of each participant, by name, with their employer and travel. */
    @GetMapping(path = {"/api/programmes/{organiser}/{schoolYear}/veso.xlsx",
        "/api/programmes/{organiser}/{schoolYear}/veso.csv"}, produces = {Table.XLSX, Table.CSV})
    Table veso(@PathVariable String organiser, @PathVariable String schoolYear, Locale locale) {
        var year = new ProgrammeYear(organiser, schoolYear);
        var participants = compensation(year).participants();
        var names = names(participants.stream().map(CompensationView.Participant::personId).toList());
        var rows = participants.stream()
                .sorted(Comparator.comparing((CompensationView.Participant p) -> names.containsKey(p.personId()) ? 0 : 1)
                        .thenComparing(p -> names.getOrDefault(p.personId(), List.of("", "")).get(0))
                        .thenComparing(p -> names.getOrDefault(p.personId(), List.of("", "")).get(1)))
                .map(p -> {
                    var name = names.get(p.personId());
                    return Arrays.<Object>asList(name == null ? null : name.get(0), name == null ? null : name.get(1),
                            p.employer(), p.meetingsAttended(), hours(p.minutesAttended()), p.vesoDays(),
                            Euros.of(p.travelCosts()));
                })
                .toList();
        return new Table("list.vesoFile", title(year, locale), List.of("list.lastName", "list.firstName",
                "enrolments.employer", "money.meetingsAttended", "money.hoursAttended", "money.vesoDays",
                "money.travel"), rows);
    }

    private static Table lines(String fileKey, String about, CompensationView view, Predicate<Line> wanted) {
        var periods = view.periods().stream()
                .collect(Collectors.toMap(CompensationView.Period::periodId, Function.identity()));
        var rows = new ArrayList<List<Object>>();
        for (var payee : view.payees()) {
            for (var line : payee.lines()) {
                if (!wanted.test(line) || line.amount() != null && line.amount().signum() == 0) {
                    continue;
                }
                var period = line.periodId() == null ? null : periods.get(line.periodId());
                rows.add(Arrays.asList(payee.name(), Label.of(payee.payee().kind()), Label.of(line.paymentType()),
                        Label.of(line.kind()), line.description(), line.date(), line.quantity(),
                        Euros.of(line.amount()), Label.of(line.status()), period == null ? null : period.period(),
                        period == null ? null : period.payrollReference()));
            }
        }
        return new Table(fileKey, about, LINE_HEADINGS, rows);
    }

    private CompensationView compensation(ProgrammeYear year) {
        return queries.query(new FindCompensation(year), CompensationView.class).join();
    }

    /** Last and first name of each person the register still knows. */
    private Map<String, List<String>> names(List<String> personIds) {
        List<PersonView> found = queries.query(new FindPersons(personIds),
                ResponseTypes.multipleInstancesOf(PersonView.class)).join();
        return found.stream().collect(Collectors.toMap(PersonView::personId,
                p -> List.of(p.contact().lastName(), p.contact().firstName()), (a, b) -> a));
    }

    private static BigDecimal hours(int minutes) {
        return BigDecimal.valueOf(minutes).divide(BigDecimal.valueOf(60), 2, RoundingMode.HALF_UP).stripTrailingZeros();
    }

    private String title(ProgrammeYear year, Locale locale) {
        return queries.query(new FindProgrammeTitle(year, locale.getLanguage()), String.class).join();
    }
}
