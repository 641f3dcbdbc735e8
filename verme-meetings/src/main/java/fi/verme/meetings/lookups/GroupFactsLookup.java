package fi.verme.meetings.lookups;

import fi.verme.groups.api.GroupCancelled;
import fi.verme.groups.api.GroupCompleted;
import fi.verme.groups.api.GroupFormed;
import fi.verme.groups.api.GroupStarted;
import fi.verme.groups.api.GroupStatus;
import fi.verme.groups.api.ParticipantPlaced;
import fi.verme.groups.api.ParticipantRemoved;
import fi.verme.meetings.domain.GroupFacts;
import fi.verme.shared.ProgrammeYear;
import java.sql.Date;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Groups as the meeting rules see them (status, mentors, who was a member when), kept from the
 * groups module's events in the transaction that appends them.
 */
@Component
@ProcessingGroup(GroupFactsLookup.PROCESSING_GROUP)
class GroupFactsLookup implements GroupFacts {

    static final String PROCESSING_GROUP = "meetings-group-facts";
    static final ZoneId HELSINKI = ZoneId.of("Europe/Helsinki");

    private final JdbcTemplate jdbc;

    GroupFactsLookup(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @EventHandler
    void on(GroupFormed event) {
        jdbc.update("""
                insert into meetings.group_fact (group_id, programme_year, name, status) values (?, ?, ?, ?)
                on conflict (group_id) do nothing""",
                event.groupId(), event.programmeYear().id(), event.name(), GroupStatus.FORMING.name());
        event.mentors().forEach(mentor -> jdbc.update("""
                insert into meetings.group_fact_mentor (group_id, mentor_id, person_id) values (?, ?, ?)
                on conflict do nothing""", event.groupId(), mentor.mentorId(), mentor.personId()));
    }

    @EventHandler
    void on(GroupStarted event) {
        setStatus(event.groupId(), GroupStatus.STARTED);
        jdbc.update("update meetings.group_fact set started_on = ? where group_id = ?",
                Date.valueOf(event.startedOn()), event.groupId());
    }

    @EventHandler
    void on(GroupCompleted event) {
        setStatus(event.groupId(), GroupStatus.COMPLETED);
    }

    @EventHandler
    void on(GroupCancelled event) {
        setStatus(event.groupId(), GroupStatus.CANCELLED);
        jdbc.update("update meetings.group_fact_member set left_on = ? where group_id = ? and left_on is null",
                Date.valueOf(event.cancelledOn()), event.groupId());
    }

    @EventHandler
    void on(ParticipantPlaced event) {
        jdbc.update("""
                insert into meetings.group_fact_member (group_id, enrolment_id, person_id, joined_on)
                values (?, ?, ?, ?)""",
                event.groupId(), event.enrolmentId(), event.personId(), Date.valueOf(day(event.placedAt())));
    }

    @EventHandler
    void on(ParticipantRemoved event) {
        jdbc.update("""
                update meetings.group_fact_member set left_on = ?
                where group_id = ? and enrolment_id = ? and left_on is null""",
                Date.valueOf(day(event.removedAt())), event.groupId(), event.enrolmentId());
    }

    private void setStatus(String groupId, GroupStatus status) {
        jdbc.update("update meetings.group_fact set status = ? where group_id = ?", status.name(), groupId);
    }

    private static LocalDate day(Instant instant) {
        return instant.atZone(HELSINKI).toLocalDate();
    }

    @Override
    public Optional<Group> find(String groupId) {
        var mentors = new HashMap<String, String>();
        jdbc.query("select mentor_id, person_id from meetings.group_fact_mentor where group_id = ?",
                rs -> {
                    mentors.put(rs.getString(1), rs.getString(2));
                }, groupId);
        return jdbc.query("select programme_year, status, started_on from meetings.group_fact where group_id = ?",
                (rs, row) -> {
                    Date startedOn = rs.getDate(3);
                    return new Group(groupId, ProgrammeYear.fromId(rs.getString(1)),
                            GroupStatus.valueOf(rs.getString(2)), Map.copyOf(mentors),
                            startedOn == null ? null : startedOn.toLocalDate());
                }, groupId).stream().findFirst();
    }

    @Override
    public Set<String> membersOn(String groupId, LocalDate date) {
        return new HashSet<>(jdbc.queryForList("""
                select person_id from meetings.group_fact_member
                where group_id = ? and joined_on <= ? and (left_on is null or left_on >= ?)""",
                String.class, groupId, Date.valueOf(date), Date.valueOf(date)));
    }

    @Override
    public List<String> groupsOf(ProgrammeYear programmeYear) {
        return jdbc.queryForList("""
                select group_id from meetings.group_fact where programme_year = ? and status <> 'CANCELLED'
                order by group_id""", String.class, programmeYear.id());
    }
}
