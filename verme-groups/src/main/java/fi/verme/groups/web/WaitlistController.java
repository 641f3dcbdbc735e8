package fi.verme.groups.web;

import fi.verme.enrolment.api.EnrolmentCallView;
import fi.verme.enrolment.api.FindEnrolmentCall;
import fi.verme.enrolment.api.Theme;
import fi.verme.enrolment.api.WaitlistReason;
import fi.verme.groups.api.ListWaitlist;
import fi.verme.groups.api.WaitlistEntryView;
import fi.verme.groups.api.WaitlistPage;
import fi.verme.shared.FindProgrammeTitle;
import fi.verme.shared.Listing;
import fi.verme.shared.Page;
import fi.verme.shared.ProgrammeYear;
import fi.verme.shared.Table;
import fi.verme.shared.Table.Label;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** A programme year's waiting list: searched, filtered, sorted and paged, and as CSV. */
@RestController
@RequestMapping("/api/programmes/{organiser}/{schoolYear}")
class WaitlistController {

    private final QueryGateway queries;

    WaitlistController(QueryGateway queries) {
        this.queries = queries;
    }

    /**
     * The waiting list of a theme wish and a reason (each repeatable: any of them), searched for the words of
     * {@code q}, sorted by {@code sort} and, with {@code page} or {@code size}, paged (see Listing). The body is an
     * array of the rows; {@code X-Total-Count} and {@code Link} tell the whole list.
     */
    @GetMapping("/waitlist")
    @ApiResponse(responseCode = "200", description = "the rows of the page; the total in X-Total-Count",
            content = @Content(array = @ArraySchema(schema = @Schema(implementation = WaitlistEntryView.class))))
    Page<WaitlistEntryView> waitlist(@PathVariable String organiser, @PathVariable String schoolYear,
                                     @RequestParam(required = false) List<String> theme,
                                     @RequestParam(required = false) List<WaitlistReason> reason,
                                     @RequestParam(required = false) String q,
                                     @RequestParam(required = false) String sort,
                                     @RequestParam(required = false) Integer page,
                                     @RequestParam(required = false) Integer size) {
        var year = new ProgrammeYear(organiser, schoolYear);
        var listing = Listing.of(q, sort, page, size, ListWaitlist.SORTABLE, ListWaitlist.DEFAULT_SORT);
        var found = find(year, call(year), theme, reason, listing);
        return new Page<>(found.entries(), found.total(), listing);
    }

    /** The waiting list as CSV or XLSX for Excel in Finland: every row of the same filters, search and sort. */
    @GetMapping(path = {"/waitlist.csv", "/waitlist.xlsx"}, produces = {Table.CSV, Table.XLSX})
    Table file(@PathVariable String organiser, @PathVariable String schoolYear,
              @RequestParam(required = false) List<String> theme,
              @RequestParam(required = false) List<WaitlistReason> reason,
              @RequestParam(required = false) String q, @RequestParam(required = false) String sort, Locale locale) {
        var year = new ProgrammeYear(organiser, schoolYear);
        var listing = Listing.of(q, sort, null, null, ListWaitlist.SORTABLE, ListWaitlist.DEFAULT_SORT);
        var call = call(year);
        var names = call.map(c -> c.themes().stream().collect(Collectors.toMap(Theme::code, Theme::name)))
                .orElse(Map.of());
        var rows = find(year, call, theme, reason, listing).entries().stream()
                .map(e -> Arrays.<Object>asList(e.name().lastName(), e.name().firstName(), e.email(), e.employer(),
                        e.unit(), e.themeWishes().stream().map(code -> names.getOrDefault(code, code))
                                .collect(Collectors.joining(", ")), Label.of(e.reason()), e.submittedAt()))
                .toList();
        var title = queries.query(new FindProgrammeTitle(year, locale.getLanguage()), String.class).join();
        return new Table("list.waitlistFile", title, List.of("list.lastName", "list.firstName", "list.email",
                "list.employer", "list.unit", "list.themeWishes", "list.reason", "list.submittedAt"), rows);
    }

    private Optional<EnrolmentCallView> call(ProgrammeYear year) {
        return queries.query(new FindEnrolmentCall(year), ResponseTypes.optionalInstanceOf(EnrolmentCallView.class))
                .join();
    }

    private WaitlistPage find(ProgrammeYear year, Optional<EnrolmentCallView> call, List<String> themes,
                              List<WaitlistReason> reasons, Listing listing) {
        var wanted = themes == null ? List.<String>of() : themes;
        EnrolmentCallView.checkOffered(call, wanted);
        return queries.query(new ListWaitlist(year, Set.copyOf(wanted),
                reasons == null ? Set.of() : Set.copyOf(reasons), listing), WaitlistPage.class).join();
    }
}
