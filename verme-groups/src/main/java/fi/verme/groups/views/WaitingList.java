package fi.verme.groups.views;

import fi.verme.enrolment.api.EnrolmentCallView;
import fi.verme.enrolment.api.FindEnrolmentCall;
import fi.verme.enrolment.api.Theme;
import fi.verme.enrolment.api.WaitlistReason;
import fi.verme.groups.api.ListWaitlist;
import fi.verme.groups.api.WaitlistEntryView;
import fi.verme.groups.api.WaitlistPage;
import fi.verme.shared.Listing;
import fi.verme.shared.ProgrammeYear;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * A programme year's waiting list, with names from the person register. It reads the candidates lookup's
 * table, which is current in the transaction of every placement. Names and e-mail addresses are the register's,
 * asked for at read time, so the search and the sort by them run here, over the year's waiting list (at most
 * the year's enrolments, usually a few dozen), not in SQL.
 */
@Component
class WaitingList {

    private static final Comparator<String> FINNISH = Listing.finnish();

    private final JdbcTemplate jdbc;
    private final PersonNames names;
    private final QueryGateway queries;

    WaitingList(JdbcTemplate jdbc, PersonNames names, QueryGateway queries) {
        this.jdbc = jdbc;
        this.names = names;
        this.queries = queries;
    }

    @QueryHandler
    WaitlistPage waitlist(ListWaitlist query) {
        record Row(String enrolmentId, String personId, String employer, String unit, List<String> wishes,
                   String reason, Timestamp submittedAt) {
        }
        var sql = new StringBuilder("""
                select enrolment_id, person_id, employer, unit, theme_wishes, waitlist_reason, submitted_at
                from groups.candidate where programme_year = ? and status = 'WAITLISTED'""");
        var args = new ArrayList<Object>(List.of(query.programmeYear().id()));
        if (!query.themes().isEmpty()) {
            sql.append(" and theme_wishes && string_to_array(?, ',')");
            args.add(String.join(",", query.themes()));
        }
        if (!query.reasons().isEmpty()) {
            sql.append(" and waitlist_reason = any(string_to_array(?, ','))");
            args.add(query.reasons().stream().map(Enum::name).collect(Collectors.joining(",")));
        }
        var rows = jdbc.query(sql.toString(),
                (rs, row) -> new Row(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        Arrays.asList((String[]) rs.getArray(5).getArray()), rs.getString(6), rs.getTimestamp(7)),
                args.toArray());
        var register = names.of(rows.stream().map(Row::personId).toList());
        var listing = query.listing();
        var found = rows.stream().map(r -> new WaitlistEntryView(r.enrolmentId(), r.personId(),
                        register.name(r.personId()), register.email(r.personId()), r.employer(), r.unit(), r.wishes(),
                        r.reason() == null ? null : WaitlistReason.valueOf(r.reason()), r.submittedAt().toInstant()))
                .filter(entry -> listing.matches(entry.name().firstName(), entry.name().lastName(), entry.email(),
                        entry.employer(), entry.unit()))
                .sorted(order(query))
                .toList();
        return new WaitlistPage(listing.pageOf(found), found.size());
    }

    /**
     * The order of a sort column, then of enrolment. Names sort as a Finnish reader sorts them, erased people
     * last either way; reasons in the order their code list declares; theme wishes by the first wish's name.
     */
    private Comparator<WaitlistEntryView> order(ListWaitlist query) {
        var listing = query.listing();
        Comparator<WaitlistEntryView> primary = switch (listing.sort()) {
            case "submittedAt" -> Comparator.comparing(WaitlistEntryView::submittedAt);
            case "lastName" -> text(entry -> entry.name().lastName(), listing.descending())
                    .thenComparing(text(entry -> entry.name().firstName(), listing.descending()));
            case "firstName" -> text(entry -> entry.name().firstName(), listing.descending())
                    .thenComparing(text(entry -> entry.name().lastName(), listing.descending()));
            case "email" -> text(WaitlistEntryView::email, listing.descending());
            case "employer" -> text(WaitlistEntryView::employer, listing.descending())
                    .thenComparing(text(WaitlistEntryView::unit, listing.descending()));
            case "unit" -> text(WaitlistEntryView::unit, listing.descending());
            case "reason" -> Comparator.comparing(WaitlistEntryView::reason,
                    Comparator.nullsLast(Comparator.naturalOrder()));
            case "themeWishes" -> {
                var byName = themesByName(query.programmeYear());
                yield Comparator.comparing(entry -> entry.themeWishes().isEmpty() ? Integer.MAX_VALUE
                        : byName.indexOf(entry.themeWishes().get(0)));
            }
            default -> throw new IllegalArgumentException("not a sort column of the waiting list: " + listing.sort());
        };
        // Text columns put their missing values last both ways; the rest turn round as a whole.
        boolean turnsItself = List.of("lastName", "firstName", "email", "employer", "unit").contains(listing.sort());
        if (listing.descending() && !turnsItself) {
            primary = primary.reversed();
        }
        return primary.thenComparing(WaitlistEntryView::submittedAt).thenComparing(WaitlistEntryView::enrolmentId);
    }

    private static Comparator<WaitlistEntryView> text(Function<WaitlistEntryView, String> column,
                                                      boolean descending) {
        Comparator<String> way = descending ? FINNISH.reversed() : FINNISH;
        return Comparator.comparing(column, Comparator.nullsLast(way));
    }

    private List<String> themesByName(ProgrammeYear programmeYear) {
        return queries.query(new FindEnrolmentCall(programmeYear),
                        ResponseTypes.optionalInstanceOf(EnrolmentCallView.class)).join()
                .map(EnrolmentCallView::themes).orElse(List.of()).stream()
                .sorted(Comparator.comparing(Theme::name, FINNISH)).map(Theme::code).toList();
    }
}
