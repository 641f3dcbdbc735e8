package fi.verme.compensation.web;

import static fi.verme.compensation.web.CsvCells.decimal;
import static fi.verme.compensation.web.CsvCells.text;

import fi.verme.compensation.api.CompensationView;
import fi.verme.compensation.api.FindCompensation;
import fi.verme.shared.FindProgrammeTitle;
import fi.verme.shared.ProgrammeYear;
import java.util.List;
import java.util.Locale;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.context.MessageSource;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * The employer report as CSV, for the employers that book their staff's meeting time as salary cost and their
 * travel to the programme (Opelix): per employer the participants, their meeting hours, finance's hourly salary
 * cost, the salary cost, the travel and the total. Written as the payroll CSV is (see {@link PayrollExport});
 * empty when the year's rules ask for no employer report.
 */
@RestController
class EmployerCostsExport {

    static final List<String> COLUMNS = List.of("employer", "participants", "meetingHours", "hourlySalaryCost",
            "salaryCost", "travelCosts", "employerTotal");

    private final QueryGateway queries;
    private final MessageSource messages;

    EmployerCostsExport(QueryGateway queries, MessageSource messages) {
        this.queries = queries;
        this.messages = messages;
    }

    @GetMapping("/api/programmes/{organiser}/{schoolYear}/employer-costs.csv")
    ResponseEntity<byte[]> csv(@PathVariable String organiser, @PathVariable String schoolYear, Locale locale) {
        var year = new ProgrammeYear(organiser, schoolYear);
        var view = queries.query(new FindCompensation(year), CompensationView.class).join();
        var headings = COLUMNS.stream().map(c -> messages.getMessage("csv.column." + c, null, locale)).toList();
        var body = CsvCells.write(headings, printer -> {
            for (var employer : view.employers()) {
                printer.printRecord(text(employer.employer()), employer.participants(), decimal(employer.meetingHours()),
                        decimal(employer.hourlySalaryCost()), decimal(employer.salaryCost()),
                        decimal(employer.travelCosts()), decimal(employer.total()));
            }
        });
        var title = queries.query(new FindProgrammeTitle(year, locale.getLanguage()), String.class).join();
        return CsvCells.file(title + " – " + messages.getMessage("csv.file.employer-costs", null, locale) + ".csv",
                body);
    }
}
