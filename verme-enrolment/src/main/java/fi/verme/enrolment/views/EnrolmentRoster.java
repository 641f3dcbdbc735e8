package fi.verme.enrolment.views;

import fi.verme.enrolment.api.AvailabilitySlot;
import fi.verme.enrolment.api.CareerStage;
import fi.verme.enrolment.api.ContactDetails;
import fi.verme.enrolment.api.EnrolmentPlaced;
import fi.verme.enrolment.api.EnrolmentStatus;
import fi.verme.enrolment.api.EnrolmentSubmitted;
import fi.verme.enrolment.api.EnrolmentSummaryView.ThemeDemand;
import fi.verme.enrolment.api.EnrolmentSummaryView;
import fi.verme.enrolment.api.EnrolmentView;
import fi.verme.enrolment.api.EnrolmentWaitlisted;
import fi.verme.enrolment.api.EnrolmentWithdrawn;
import fi.verme.enrolment.api.FindEnrolment;
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
import fi.verme.shared.ProgrammeYear;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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
@ProcessingGroup("enrolment-roster")
class EnrolmentRoster {

    private static final String SELECT = """
            select r.*, coalesce(c.first_name, p.first_name) as first_name,
                coalesce(c.last_name, p.last_name) as last_name, coalesce(c.email, p.email) as email,
                case when c.enrolment_id is null then p.phone else c.phone end as phone,
                p.person_id as registered_person
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
        jdbc.update("truncate enrolment.roster_entry");
    }

    @QueryHandler
    Optional<EnrolmentView> find(FindEnrolment query) {
        return jdbc.query(SELECT + " where r.enrolment_id = ?", (rs, row) -> toView(rs), query.enrolmentId())
                .stream().findFirst();
    }

    @QueryHandler
    List<EnrolmentView> list(ListEnrolments query) {
        var sql = new StringBuilder(SELECT).append(" where r.programme_year = ?");
        var args = new ArrayList<Object>(List.of(query.programmeYear().id()));
        if (query.theme() != null) {
            sql.append(" and ? = any(r.theme_wishes)");
            args.add(query.theme());
        }
        if (query.status() != null) {
            sql.append(" and r.status = ?");
            args.add(query.status().name());
        }
        if (query.role() != null) {
            sql.append(" and r.role = ?");
            args.add(query.role().name());
        }
        sql.append(" order by r.submitted_at, r.enrolment_id");
        return jdbc.query(sql.toString(), (rs, row) -> toView(rs), args.toArray());
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
