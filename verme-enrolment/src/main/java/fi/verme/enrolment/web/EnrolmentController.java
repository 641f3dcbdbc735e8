package fi.verme.enrolment.web;

import fi.verme.enrolment.api.CareerStage;
import fi.verme.enrolment.api.EnrolmentCallView;
import fi.verme.enrolment.api.EnrolmentNotFoundException;
import fi.verme.enrolment.api.EnrolmentPage;
import fi.verme.enrolment.api.EnrolmentStatus;
import fi.verme.enrolment.api.EnrolmentSummaryView;
import fi.verme.enrolment.api.EnrolmentView;
import fi.verme.enrolment.api.FindEnrolment;
import fi.verme.enrolment.api.FindEnrolmentCall;
import fi.verme.enrolment.api.FindEnrolmentSummary;
import fi.verme.enrolment.api.FindPersonalLink;
import fi.verme.enrolment.api.FindRegisteredEmails;
import fi.verme.enrolment.api.RegisteredEmails;
import fi.verme.enrolment.api.FindPrivacyNotice;
import fi.verme.enrolment.api.ListEnrolments;
import fi.verme.enrolment.api.PersonalLinkView;
import fi.verme.enrolment.api.PrivacyNoticeMissingException;
import fi.verme.enrolment.api.PrivacyNoticeView;
import fi.verme.enrolment.api.Role;
import fi.verme.enrolment.api.Theme;
import fi.verme.enrolment.api.WithdrawEnrolment;
import fi.verme.shared.FindProgrammeTitle;
import fi.verme.shared.Listing;
import fi.verme.shared.Page;
import fi.verme.shared.ProgrammeYear;
import fi.verme.shared.Table.Label;
import fi.verme.shared.Table;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import jakarta.validation.Valid;
import java.net.URI;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestAttribute;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** The enrolment form, an enrolment and its withdrawal, and the coordinator's roster of a year. */
@RestController
@RequestMapping("/api")
class EnrolmentController {

    private final CommandGateway commands;
    private final QueryGateway queries;

    EnrolmentController(CommandGateway commands, QueryGateway queries) {
        this.commands = commands;
        this.queries = queries;
    }

    /**
     * Set by the application's access policy: the role the request was allowed as, decided on this
     * path's organiser ({@code COORDINATOR} for a coordinator of it). Absent for the public form.
     */
    static final String PERMITTED_AS = "verme.permittedAs";

    @PostMapping("/programmes/{organiser}/{schoolYear}/enrolments")
    @ResponseStatus(HttpStatus.CREATED)
    ResponseEntity<EnrolmentCreated> submit(@PathVariable String organiser, @PathVariable String schoolYear,
                                            @Valid @RequestBody EnrolmentRequest body,
                                            @RequestAttribute(name = PERMITTED_AS, required = false)
                                            String permittedAs) {
        var programmeYear = new ProgrammeYear(organiser, schoolYear);
        boolean byCoordinator = "COORDINATOR".equals(permittedAs);
        if (!byCoordinator && queries.query(new FindPrivacyNotice(programmeYear.organiser()),
                ResponseTypes.optionalInstanceOf(PrivacyNoticeView.class)).join().isEmpty()) {
            throw new PrivacyNoticeMissingException(programmeYear.organiser());
        }
        // Whoever types a known address is not yet known to be its owner: the link that acts as the person goes
        // only to that address (the receipt), not in this answer, or anyone could act on another's entry.
        boolean knownAddress = !byCoordinator && !queries.query(new FindRegisteredEmails(List.of(body.email().strip())),
                RegisteredEmails.class).join().personIdByEmail().isEmpty();
        var enrolmentId = UUID.randomUUID().toString();
        commands.sendAndWait(body.toCommand(enrolmentId, programmeYear, body.lateReason(), byCoordinator));
        var created = URI.create("/api/enrolments/" + enrolmentId);
        if (knownAddress) {
            return ResponseEntity.created(created).body(new EnrolmentCreated(enrolmentId, null, null, null));
        }
        var link = queries.query(new FindPersonalLink(enrolmentId), PersonalLinkView.class).join();
        return ResponseEntity.created(created)
                .body(new EnrolmentCreated(enrolmentId, link.token(), link.personalLink(), link.expiresAt()));
    }

    @GetMapping("/enrolments/{enrolmentId}")
    EnrolmentView get(@PathVariable String enrolmentId) {
        return queries.query(new FindEnrolment(enrolmentId), ResponseTypes.optionalInstanceOf(EnrolmentView.class))
                .join().orElseThrow(() -> new EnrolmentNotFoundException(enrolmentId));
    }

    @PostMapping("/enrolments/{enrolmentId}/withdraw")
    EnrolmentView withdraw(@PathVariable String enrolmentId, @Valid @RequestBody WithdrawalRequest body) {
        commands.sendAndWait(new WithdrawEnrolment(enrolmentId, body.reason()));
        return get(enrolmentId);
    }

    /**
     * The roster: filtered by theme wish, status, role and career stage (each repeatable: any of them), searched
     * for the words of {@code q}, sorted by {@code sort} and, with {@code page} or {@code size}, paged (see Listing).
     * The body is an array of the rows; {@code X-Total-Count} and {@code Link} tell the whole list.
     */
    @GetMapping("/programmes/{organiser}/{schoolYear}/enrolments")
    @ApiResponse(responseCode = "200", description = "the rows of the page; the total in X-Total-Count",
            content = @Content(array = @ArraySchema(schema = @Schema(implementation = EnrolmentView.class))))
    Page<EnrolmentView> list(@PathVariable String organiser, @PathVariable String schoolYear,
                             @RequestParam(required = false) List<String> theme,
                             @RequestParam(required = false) List<EnrolmentStatus> status,
                             @RequestParam(required = false) List<Role> role,
                             @RequestParam(required = false) List<CareerStage> careerStage,
                             @RequestParam(required = false) String q, @RequestParam(required = false) String sort,
                             @RequestParam(required = false) Integer page,
                             @RequestParam(required = false) Integer size) {
        var year = new ProgrammeYear(organiser, schoolYear);
        var listing = Listing.of(q, sort, page, size, ListEnrolments.SORTABLE, ListEnrolments.DEFAULT_SORT);
        var found = roster(year, call(year), theme, status, role, careerStage, listing);
        return new Page<>(found.enrolments(), found.total(), listing);
    }

    /**
     * The roster as CSV or XLSX for Excel in Finland: every enrolment of the same filters, search and sort as the list
     * (not one page), with the columns the coordinator reads: themes by name, codes by their names, in the
     * reader's language.
     */
    @GetMapping(path = {"/programmes/{organiser}/{schoolYear}/enrolments.csv",
        "/programmes/{organiser}/{schoolYear}/enrolments.xlsx"}, produces = {Table.CSV, Table.XLSX})
    Table file(@PathVariable String organiser, @PathVariable String schoolYear,
              @RequestParam(required = false) List<String> theme,
              @RequestParam(required = false) List<EnrolmentStatus> status,
              @RequestParam(required = false) List<Role> role,
              @RequestParam(required = false) List<CareerStage> careerStage,
              @RequestParam(required = false) String q, @RequestParam(required = false) String sort, Locale locale) {
        var year = new ProgrammeYear(organiser, schoolYear);
        var listing = Listing.of(q, sort, null, null, ListEnrolments.SORTABLE, ListEnrolments.DEFAULT_SORT);
        var call = call(year);
        var names = call.map(c -> c.themes().stream().collect(Collectors.toMap(Theme::code, Theme::name)))
                .orElse(Map.of());
        var rows = roster(year, call, theme, status, role, careerStage, listing).enrolments().stream()
                .map(e -> Arrays.<Object>asList(e.erased() ? null : e.person().lastName(),
                        e.erased() ? null : e.person().firstName(), e.erased() ? null : e.person().email(),
                        e.erased() ? null : e.person().phone(), e.employer(), e.unit(), Label.of(e.role()),
                        Label.of(e.careerStage()), e.themeWishes().stream().map(code -> names.getOrDefault(code, code))
                                .collect(Collectors.joining(", ")), Label.of(e.status()), e.submittedAt()))
                .toList();
        var title = queries.query(new FindProgrammeTitle(year, locale.getLanguage()), String.class).join();
        return new Table("list.enrolmentsFile", title, List.of("list.lastName", "list.firstName", "list.email",
                "list.phone", "list.employer", "list.unit", "list.role", "list.careerStage", "list.themeWishes",
                "list.status", "list.submittedAt"), rows);
    }

    private Optional<EnrolmentCallView> call(ProgrammeYear year) {
        return queries.query(new FindEnrolmentCall(year), ResponseTypes.optionalInstanceOf(EnrolmentCallView.class))
                .join();
    }

    private EnrolmentPage roster(ProgrammeYear year, Optional<EnrolmentCallView> call, List<String> themes,
                                 List<EnrolmentStatus> statuses, List<Role> roles, List<CareerStage> careerStages,
                                 Listing listing) {
        EnrolmentCallView.checkOffered(call, orNone(themes));
        return queries.query(new ListEnrolments(year, Set.copyOf(orNone(themes)), Set.copyOf(orNone(statuses)),
                Set.copyOf(orNone(roles)), Set.copyOf(orNone(careerStages)), listing), EnrolmentPage.class).join();
    }

    private static <T> List<T> orNone(List<T> values) {
        return values == null ? List.of() : values;
    }

    @GetMapping("/programmes/{organiser}/{schoolYear}/enrolments/summary")
    EnrolmentSummaryView summary(@PathVariable String organiser, @PathVariable String schoolYear) {
        return queries.query(new FindEnrolmentSummary(new ProgrammeYear(organiser, schoolYear)),
                EnrolmentSummaryView.class).join();
    }
}
