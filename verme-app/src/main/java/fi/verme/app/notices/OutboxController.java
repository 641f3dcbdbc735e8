package fi.verme.app.notices;

import fi.verme.shared.FindProgrammeTitle;
import fi.verme.shared.InvalidInputException;
import fi.verme.shared.Listing;
import fi.verme.shared.Page;
import fi.verme.shared.ProgrammeYear;
import fi.verme.shared.Table;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The messages of a programme year, as queued and sent: searched, filtered, sorted and paged, and as CSV. */
@RestController
class OutboxController {

    /** The kinds of notice, each with its texts in {@code notices/<kind>.<language>.txt}. */
    static final List<String> KINDS = Arrays.stream(NoticeKind.values()).map(NoticeKind::code).toList();

    private final Outbox outbox;
    private final QueryGateway queries;

    OutboxController(Outbox outbox, QueryGateway queries) {
        this.outbox = outbox;
        this.queries = queries;
    }

    /**
     * A personal link acts in its holder's name: a survey link answers (anonymously) for a member, an enrolment's
     * link withdraws the enrolment as the person, a notice's link changes what the person hears. Whoever reads the outbox (a coordinator, the organiser's admin)
     * must not be able to do either, so no link's token is shown; a coordinator who needs to hand a person their
     * link asks for it (GET /api/enrolments/{id}/link), which is logged.
     */
    private static final Pattern LINK_TOKEN = Pattern.compile(
            "((?:kysely|surveys/answers|oma|enrolment-links|ilmoitukset|notice-preferences|yhteystiedot)/)[^/?#\\s]+");

    /**
     * {@code programme}: {@code organiser/schoolYear}; {@code status} and {@code kind} (each repeatable: any of
     * them); {@code q}: words in the recipient's address or the subject; {@code sort}, {@code page}, {@code size} as
     * every list (see Listing). The body is an array of the rows; {@code X-Total-Count} and {@code Link} tell the
     * whole list.
     */
    @GetMapping("/api/admin/outbox")
    @ApiResponse(responseCode = "200", description = "the rows of the page; the total in X-Total-Count",
            content = @Content(array = @ArraySchema(schema = @Schema(implementation = Outbox.Message.class))))
    Page<Outbox.Message> outbox(@RequestParam String programme,
                                @RequestParam(required = false) List<MessageStatus> status,
                                @RequestParam(required = false) List<String> kind,
                                @RequestParam(required = false) String q, @RequestParam(required = false) String sort,
                                @RequestParam(required = false) Integer page,
                                @RequestParam(required = false) Integer size) {
        var listing = Listing.of(q, sort, page, size, Outbox.SORTABLE, "createdAt");
        var found = find(programme, status, kind, listing);
        return new Page<>(found.items().stream().map(OutboxController::withoutSurveyToken).toList(), found.total(),
                listing);
    }

    /** The outbox as CSV or XLSX for Excel in Finland: every message of the same filters, search and sort, without bodies. */
    @GetMapping(path = {"/api/admin/outbox.csv", "/api/admin/outbox.xlsx"}, produces = {Table.CSV, Table.XLSX})
    Table file(@RequestParam String programme, @RequestParam(required = false) List<MessageStatus> status,
              @RequestParam(required = false) List<String> kind, @RequestParam(required = false) String q,
              @RequestParam(required = false) String sort, Locale locale) {
        var listing = Listing.of(q, sort, null, null, Outbox.SORTABLE, "createdAt");
        var rows = find(programme, status, kind, listing).items().stream()
                .map(m -> Arrays.<Object>asList(m.createdAt(), m.recipientEmail(), m.subject(),
                        new Table.Label("MessageKind", m.kind()), new Table.Label("MessageStatus", m.status()),
                        m.attempts(), m.lastError(), m.sentAt()))
                .toList();
        var title = queries.query(new FindProgrammeTitle(ProgrammeYear.fromId(programme), locale.getLanguage()),
                String.class).join();
        return new Table("list.outboxFile", title, List.of("list.createdAt", "list.recipientEmail", "list.subject",
                "list.kind", "list.status", "list.attempts", "list.lastError", "list.sentAt"), rows);
    }

    private Page<Outbox.Message> find(String programme, List<MessageStatus> statuses, List<String> kinds,
                                      Listing listing) {
        var year = ProgrammeYear.fromId(programme);
        var wanted = kinds == null ? List.<String>of() : kinds;
        if (!KINDS.containsAll(wanted)) {
            throw new InvalidInputException("kind", "one of " + String.join(", ", KINDS));
        }
        return outbox.list(year.id(), statuses == null ? Set.of() : Set.copyOf(statuses), Set.copyOf(wanted),
                listing);
    }

    private static Outbox.Message withoutSurveyToken(Outbox.Message message) {
        var body = message.body();
        return new Outbox.Message(message.messageId(), message.programmeYear(), message.kind(),
                message.recipientEmail(), message.language(), message.subject(),
                body == null ? null : LINK_TOKEN.matcher(body).replaceAll("$1…"), message.attachmentName(),
                message.status(), message.attempts(), message.lastError(), message.createdAt(), message.sentAt());
    }
}
