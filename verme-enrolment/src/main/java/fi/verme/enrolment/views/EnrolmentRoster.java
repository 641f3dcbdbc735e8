package fi.verme.enrolment.views;

import fi.verme.enrolment.api.AvailabilitySlot;
import fi.verme.enrolment.api.CareerStage;
import fi.verme.enrolment.api.ContactDetails;
import fi.verme.enrolment.api.EnrolmentPlaced;
import fi.verme.enrolment.api.EnrolmentPage;
import fi.verme.enrolment.api.EnrolmentStatus;
import fi.verme.enrolment.api.EnrolmentSubmitted;
import fi.verme.enrolment.api.EnrolmentSummaryView.ThemeDemand;
import fi.verme.enrolment.api.EnrolmentSummaryView;
import fi.verme.enrolment.api.EnrolmentView;
import fi.verme.enrolment.api.EnrolmentWaitlisted;
import fi.verme.enrolment.api.EnrolmentWithdrawn;
import fi.verme.enrolment.api.FindEnrolment;
import fi.verme.enrolment.api.FindEnrolmentOrganisers;
import fi.verme.enrolment.api.FindEnrolmentSummary;
import fi.verme.enrolment.api.LateReason;
import fi.verme.enrolment.api.ListEnrolments;
import fi.verme.enrolment.api.Role;
import fi.verme.enrolment.api.Theme;
import fi.verme.enrolment.api.WaitlistReason;
import fi.verme.enrolment.api.WithdrawalReason;
import fi.verme.enrolment.domain.CallTerms;
import fi.verme.enrolment.domain.EnrolmentCalls;
import fi.verme.enrolment.lookups.SqlArrays;
import fi.verme.shared.Listing;
import fi.verme.shared.ProgrammeYear;
import fi.verme.shared.ViewProcessors;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The coordinator's roster of a programme year's enrolments. Contact details are the ones given on
 * the enrolment (its own, see PersonRegister), joined when read; an erased person shows as erased
 * everywhere at once, as the register no longer knows them.
 */
@Component
@ProcessingGroup(EnrolmentRoster.PROCESSING_GROUP)
class EnrolmentRoster {

    static final String PROCESSING_GROUP = "enrolment-roster";

    private static final String SELECT = """
            select r.*, coalesce(c.first_name, p.first_name) as first_name,
                coalesce(c.last_name, p.last_name) as last_name, coalesce(c.email, p.email) as email,
                case when c.enrolment_id is null then p.phone else c.phone end as phone,
                p.person_id as registered_person,
                coalesce(c.search_text, p.search_text, '') || ' ' || r.search_text as searched
            from enrolment.roster_entry r left join enrolment.person p on p.person_id = r.person_id
                left join enrolment.enrolment_contact c on c.enrolment_id = r.enrolment_id
            """;

    private final JdbcTemplate jdbc;
    private final EnrolmentCalls calls;

    EnrolmentRoster(JdbcTemplate jdbc, EnrolmentCalls calls) {
        this.jdbc = jdbc;
        this.calls = calls;
    }

    @EventHandler
    void on(EnrolmentSubmitted event) {
        jdbc.update("""
                insert into enrolment.roster_entry (enrolment_id, programme_year, person_id, role, employer, unit,
                    career_stage, theme_wishes, availability, status, submitted_at, late_reason)
                values (?, ?, ?, ?, ?, ?, ?, string_to_array(?, ','), string_to_array(?, ','), ?, ?, ?)
                on conflict (enrolment_id) do nothing""",
                event.enrolmentId(), event.programmeYear().id(), event.personId(), event.role().name(),
                event.employer(), event.unit(), event.careerStage().name(), SqlArrays.join(event.themeWishes()),
                SqlArrays.join(event.availability()), EnrolmentStatus.SUBMITTED.name(),
                Timestamp.from(event.submittedAt()), event.lateReason() == null ? null : event.lateReason().name());
    }

    @EventHandler
    void on(EnrolmentWithdrawn event) {
        jdbc.update("""
                update enrolment.roster_entry set status = ?, withdrawn_at = ?, withdrawal_reason = ?
                where enrolment_id = ?""",
                EnrolmentStatus.WITHDRAWN.name(), Timestamp.from(event.withdrawnAt()), event.reason().name(),
                event.enrolmentId());
    }

    @EventHandler
    void on(EnrolmentPlaced event) {
        jdbc.update("""
                update enrolment.roster_entry set status = ?, group_id = ?, waitlist_reason = null
                where enrolment_id = ? and status <> 'WITHDRAWN'""",
                EnrolmentStatus.PLACED.name(), event.groupId(), event.enrolmentId());
    }

    @EventHandler
    void on(EnrolmentWaitlisted event) {
        jdbc.update("""
                update enrolment.roster_entry set status = ?, group_id = null, waitlist_reason = ?
                where enrolment_id = ? and status <> 'WITHDRAWN'""",
                EnrolmentStatus.WAITLISTED.name(), event.reason().name(), event.enrolmentId());
    }

    @ResetHandler
    void reset() {
        ViewProcessors.emptying("enrolment.roster_entry").forEach(jdbc::execute);
    }

    @QueryHandler
    Optional<EnrolmentView> find(FindEnrolment query) {
        return jdbc.query(SELECT + " where r.enrolment_id = ?", (rs, row) -> toView(rs), query.enrolmentId())
                .stream().findFirst();
    }

    @QueryHandler
    List<String> organisers(FindEnrolmentOrganisers query) {
        return jdbc.queryForList("select distinct programme_year from enrolment.roster_entry where person_id = ?",
                String.class, query.personId()).stream().map(id -> ProgrammeYear.fromId(id).organiser()).distinct()
                .toList();
    }

    /**
     * The roster filtered, searched, sorted and paged in SQL. A year's enrolments are found by the year's index, and
     * the words are looked for in those rows only, in the text each row keeps folded (names and e-mail address in the
     * enrolment's contact details, employer and unit in the roster: migration V4), so a search compares a few thousand
     * short texts at most. A substring search can use no b-tree index, and a trigram index would need an extension
     * the application's role may not create.
     */
    @QueryHandler
    EnrolmentPage list(ListEnrolments query) {
        var where = new StringBuilder(" where programme_year = ?");
        var args = new ArrayList<Object>(List.of(query.programmeYear().id()));
        if (!query.themes().isEmpty()) {
            where.append(" and theme_wishes && string_to_array(?, ',')");
            args.add(SqlArrays.join(query.themes()));
        }
        anyOf(where, args, "status", query.statuses());
        anyOf(where, args, "role", query.roles());
        anyOf(where, args, "career_stage", query.careerStages());
        for (var word : query.listing().words()) {
            where.append(" and strpos(searched, ?) > 0");
            args.add(word);
        }
        var roster = "(" + SELECT + ") e" + where;
        long total = jdbc.queryForObject("select count(*) from " + roster, Long.class, args.toArray());
        var listing = query.listing();
        var order = new ArrayList<Object>();
        var sql = "select * from " + roster + " order by " + orderBy(query, order) + " offset ? limit ?";
        args.addAll(order);
        args.add(listing.offset());
        args.add(listing.limit());
        return new EnrolmentPage(jdbc.query(sql, (rs, row) -> toView(rs), args.toArray()), total);
    }

    private static void anyOf(StringBuilder where, List<Object> args, String column, Set<? extends Enum<?>> codes) {
        if (!codes.isEmpty()) {
            where.append(" and ").append(column).append(" = any(string_to_array(?, ','))");
            args.add(SqlArrays.join(codes));
        }
    }

    /**
     * The order of a sort column, then of submission. Names and places sort without regard to case; codes in the
     * order their code list declares (as every screen lists them), not alphabetically in one language; theme
     * wishes by the name of the first wish. Erased people's names come last either way.
     */
    private String orderBy(ListEnrolments query, List<Object> args) {
        var listing = query.listing();
        var way = listing.descending() ? " desc nulls last" : " asc nulls last";
        var primary = switch (listing.sort()) {
            case "submittedAt" -> List.of("submitted_at");
            case "lastName" -> List.of(text("last_name"), text("first_name"));
            case "firstName" -> List.of(text("first_name"), text("last_name"));
            case "email" -> List.of(text("email"));
            case "employer" -> List.of(text("employer"), text("unit"));
            case "unit" -> List.of(text("unit"), text("employer"));
            case "role" -> codeOrder(args, "role", Role.values());
            case "careerStage" -> codeOrder(args, "career_stage", CareerStage.values());
            case "status" -> codeOrder(args, "status", EnrolmentStatus.values());
            case "themeWishes" -> {
                args.add(SqlArrays.join(themesByName(query.programmeYear())));
                yield List.of("array_position(string_to_array(?, ','), theme_wishes[1]::text)");
            }
            default -> throw new IllegalArgumentException("not a sort column of the roster: " + listing.sort());
        };
        return primary.stream().map(expression -> expression + way).collect(Collectors.joining(", "))
                + ", submitted_at, enrolment_id";
    }

    /**
     * A text column as it sorts: in lower case, composed (a decomposed name beside its composed spelling), and in
     * Finnish order (å, ä, ö after z, as {@link Listing#finnish()} sorts a list in memory).
     */
    private static String text(String column) {
        return "lower(" + Listing.composed(column) + ") collate enrolment.finnish";
    }

    private static List<String> codeOrder(List<Object> args, String column, Enum<?>[] codes) {
        args.add(SqlArrays.join(List.of(codes)));
        return List.of("array_position(string_to_array(?, ','), " + column + "::text)");
    }

    /** The call's theme codes in the alphabetical order of their names, as a Finnish reader sorts. */
    private List<String> themesByName(ProgrammeYear programmeYear) {
        return calls.termsOf(programmeYear).map(CallTerms::themes).orElse(List.of()).stream()
                .sorted(Comparator.comparing(Theme::name, Listing.finnish())).map(Theme::code).toList();
    }

    @QueryHandler
    EnrolmentSummaryView summarise(FindEnrolmentSummary query) {
        var programmeYear = query.programmeYear();
        var byStatus = new EnumMap<EnrolmentStatus, Integer>(EnrolmentStatus.class);
        for (var status : EnrolmentStatus.values()) {
            byStatus.put(status, 0);
        }
        jdbc.query("select status, count(*) from enrolment.roster_entry where programme_year = ? group by status",
                rs -> {
                    byStatus.put(EnrolmentStatus.valueOf(rs.getString(1)), rs.getInt(2));
                }, programmeYear.id());
        var demand = new HashMap<String, int[]>();
        jdbc.query("""
                select w.code, count(*) filter (where w.rank = 1), count(*)
                from enrolment.roster_entry r, unnest(r.theme_wishes) with ordinality as w(code, rank)
                where r.programme_year = ? and r.status <> 'WITHDRAWN'
                group by w.code""",
                rs -> {
                    demand.put(rs.getString(1), new int[] {rs.getInt(2), rs.getInt(3)});
                }, programmeYear.id());
        var themes = calls.termsOf(programmeYear).map(CallTerms::themes).orElse(List.<Theme>of()).stream()
                .map(theme -> {
                    int[] counts = demand.getOrDefault(theme.code(), new int[2]);
                    return new ThemeDemand(theme.code(), theme.name(), counts[0], counts[1]);
                }).toList();
        int total = byStatus.values().stream().mapToInt(Integer::intValue).sum();
        return new EnrolmentSummaryView(programmeYear, total, Map.copyOf(byStatus), themes);
    }

    private static EnrolmentView toView(ResultSet rs) throws SQLException {
        boolean erased = rs.getString("registered_person") == null;
        Timestamp withdrawnAt = rs.getTimestamp("withdrawn_at");
        String lateReason = rs.getString("late_reason");
        String withdrawalReason = rs.getString("withdrawal_reason");
        String waitlistReason = rs.getString("waitlist_reason");
        return new EnrolmentView(
                rs.getString("enrolment_id"),
                ProgrammeYear.fromId(rs.getString("programme_year")),
                rs.getString("person_id"),
                erased ? null : new ContactDetails(rs.getString("first_name"), rs.getString("last_name"),
                        rs.getString("email"), rs.getString("phone")),
                erased,
                Role.valueOf(rs.getString("role")),
                rs.getString("employer"),
                rs.getString("unit"),
                CareerStage.valueOf(rs.getString("career_stage")),
                SqlArrays.read(rs.getArray("theme_wishes")),
                SqlArrays.read(rs.getArray("availability")).stream().map(AvailabilitySlot::valueOf).toList(),
                EnrolmentStatus.valueOf(rs.getString("status")),
                rs.getString("group_id"),
                waitlistReason == null ? null : WaitlistReason.valueOf(waitlistReason),
                rs.getTimestamp("submitted_at").toInstant(),
                lateReason == null ? null : LateReason.valueOf(lateReason),
                withdrawnAt == null ? null : withdrawnAt.toInstant(),
                withdrawalReason == null ? null : WithdrawalReason.valueOf(withdrawalReason));
    }
}
