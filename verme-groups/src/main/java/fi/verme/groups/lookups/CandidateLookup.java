package fi.verme.groups.lookups;

import fi.verme.enrolment.api.CareerStage;
import fi.verme.enrolment.api.EnrolmentPlaced;
import fi.verme.enrolment.api.EnrolmentStatus;
import fi.verme.enrolment.api.EnrolmentSubmitted;
import fi.verme.enrolment.api.EnrolmentWaitlisted;
import fi.verme.enrolment.api.EnrolmentWithdrawn;
import fi.verme.enrolment.api.Role;
import fi.verme.enrolment.api.WaitlistReason;
import fi.verme.groups.api.FindMembership;
import fi.verme.groups.api.GroupCancelled;
import fi.verme.groups.api.GroupCompleted;
import fi.verme.groups.api.ParticipantPlaced;
import fi.verme.groups.api.ParticipantRemoved;
import fi.verme.groups.domain.CandidateStandings;
import fi.verme.groups.domain.Candidates;
import fi.verme.groups.domain.PlacementProblem.Candidate;
import fi.verme.shared.ProgrammeYear;
import java.sql.Timestamp;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Enrolments as placement sees them, and who is in which group, kept in the transaction that appends
 * the events: the placement rules consult it, and its primary key stops one person from being placed
 * into two groups by two concurrent commands. The waiting list and the rosters read its tables too.
 */
@Component
@ProcessingGroup(CandidateLookup.PROCESSING_GROUP)
class CandidateLookup implements Candidates, CandidateStandings {

    static final String PROCESSING_GROUP = "groups-candidates";

    private final JdbcTemplate jdbc;

    CandidateLookup(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @EventHandler
    void on(EnrolmentSubmitted event) {
        jdbc.update("""
                insert into groups.candidate (enrolment_id, programme_year, person_id, role, career_stage, employer,
                    unit, theme_wishes, submitted_at, status) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                on conflict (enrolment_id) do nothing""",
                event.enrolmentId(), event.programmeYear().id(), event.personId(), event.role().name(),
                event.careerStage().name(), event.employer(), event.unit(),
                event.themeWishes().toArray(String[]::new), Timestamp.from(event.submittedAt()),
                EnrolmentStatus.SUBMITTED.name());
    }

    @EventHandler
    void on(EnrolmentWithdrawn event) {
        setStatus(event.enrolmentId(), EnrolmentStatus.WITHDRAWN, null);
    }

    @EventHandler
    void on(EnrolmentPlaced event) {
        setStatus(event.enrolmentId(), EnrolmentStatus.PLACED, null);
    }

    @EventHandler
    void on(EnrolmentWaitlisted event) {
        setStatus(event.enrolmentId(), EnrolmentStatus.WAITLISTED, event.reason());
    }

    @EventHandler
    void on(ParticipantPlaced event) {
        jdbc.update("""
                insert into groups.membership (programme_year, person_id, group_id, enrolment_id) values (?, ?, ?, ?)""",
                event.programmeYear().id(), event.personId(), event.groupId(), event.enrolmentId());
    }

    @EventHandler
    void on(ParticipantRemoved event) {
        jdbc.update("delete from groups.membership where enrolment_id = ?", event.enrolmentId());
    }

    @EventHandler
    void on(GroupCompleted event) {
        jdbc.update("update groups.membership set group_completed = true where group_id = ?", event.groupId());
    }

    @EventHandler
    void on(GroupCancelled event) {
        jdbc.update("delete from groups.membership where group_id = ?", event.groupId());
    }

    private void setStatus(String enrolmentId, EnrolmentStatus status, WaitlistReason reason) {
        jdbc.update("update groups.candidate set status = ?, waitlist_reason = ? where enrolment_id = ?",
                status.name(), reason == null ? null : reason.name(), enrolmentId);
    }

    @Override
    public Optional<Enrolment> find(String enrolmentId) {
        return jdbc.query("select programme_year, person_id, status from groups.candidate where enrolment_id = ?",
                (rs, row) -> new Enrolment(enrolmentId, ProgrammeYear.fromId(rs.getString(1)), rs.getString(2),
                        EnrolmentStatus.WITHDRAWN.name().equals(rs.getString(3))),
                enrolmentId).stream().findFirst();
    }

    @Override
    public Optional<String> groupOf(ProgrammeYear programmeYear, String personId) {
        return jdbc.queryForList("select group_id from groups.membership where programme_year = ? and person_id = ?",
                String.class, programmeYear.id(), personId).stream().findFirst();
    }

    @Override
    public Optional<String> openGroupOf(String enrolmentId) {
        return jdbc.queryForList("""
                select group_id from groups.membership where enrolment_id = ? and not group_completed""",
                String.class, enrolmentId).stream().findFirst();
    }

    @Override
    public List<Candidate> unplaced(ProgrammeYear programmeYear) {
        return jdbc.query("""
                select c.* from groups.candidate c
                where c.programme_year = ? and c.status <> 'WITHDRAWN'
                  and not exists (select 1 from groups.membership m where m.enrolment_id = c.enrolment_id)
                order by c.submitted_at, c.enrolment_id""",
                (rs, row) -> new Candidate(rs.getString("enrolment_id"),
                        Arrays.asList((String[]) rs.getArray("theme_wishes").getArray()), rs.getString("employer"),
                        rs.getString("unit"), Role.valueOf(rs.getString("role")),
                        CareerStage.valueOf(rs.getString("career_stage")),
                        rs.getTimestamp("submitted_at").toInstant()),
                programmeYear.id());
    }

    @Override
    public List<String> unfinishedEnrolmentsOf(String personId) {
        return jdbc.queryForList("""
                select c.enrolment_id from groups.candidate c
                where c.person_id = ? and c.status <> 'WITHDRAWN'
                  and not exists (select 1 from groups.membership m
                                  where m.enrolment_id = c.enrolment_id and m.group_completed)
                order by c.submitted_at, c.enrolment_id""", String.class, personId);
    }

    @Override
    public Optional<EnrolmentStatus> statusOf(String enrolmentId) {
        return jdbc.queryForList("select status from groups.candidate where enrolment_id = ?", String.class,
                enrolmentId).stream().findFirst().map(EnrolmentStatus::valueOf);
    }

    /** The published face of {@link #groupOf}: e.g. a certificate goes only to a group's member. */
    @QueryHandler
    Optional<String> membership(FindMembership query) {
        return groupOf(query.programmeYear(), query.personId());
    }
}
