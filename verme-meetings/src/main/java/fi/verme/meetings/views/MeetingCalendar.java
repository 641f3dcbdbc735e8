package fi.verme.meetings.views;

import fi.verme.meetings.api.FindGroupHours;
import fi.verme.meetings.api.FindJointMeeting;
import fi.verme.meetings.api.FindMeeting;
import fi.verme.meetings.api.GroupHoursView;
import fi.verme.meetings.api.JointMeetingCounted;
import fi.verme.meetings.api.JointMeetingKind;
import fi.verme.meetings.api.JointMeetingScheduled;
import fi.verme.meetings.api.JointMeetingView;
import fi.verme.meetings.api.ListJointMeetings;
import fi.verme.meetings.api.ListMeetings;
import fi.verme.meetings.api.ListMeetingsBetween;
import fi.verme.meetings.api.ListProgrammeHours;
import fi.verme.meetings.api.MeetingCancellationReason;
import fi.verme.meetings.api.MeetingCancelled;
import fi.verme.meetings.api.MeetingHeld;
import fi.verme.meetings.api.MeetingRescheduled;
import fi.verme.meetings.api.MeetingScheduled;
import fi.verme.meetings.api.MeetingStatus;
import fi.verme.meetings.api.MeetingView;
import fi.verme.meetings.api.MinutesCorrected;
import fi.verme.meetings.api.MinutesRecorded;
import fi.verme.meetings.api.ProgrammeHoursView;
import fi.verme.meetings.domain.GroupFacts;
import fi.verme.meetings.domain.HoursCaps;
import fi.verme.meetings.domain.HoursUsed;
import fi.verme.shared.ProgrammeYear;
import fi.verme.shared.ViewProcessors;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Time;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Each group's calendar (its meetings and the joint meetings it took part in) and its hours against the cap. */
@Component
@ProcessingGroup(MeetingCalendar.PROCESSING_GROUP)
class MeetingCalendar implements HoursUsed {

    static final String PROCESSING_GROUP = "meetings-calendar";

    private final JdbcTemplate jdbc;
    private final HoursCaps caps;
    private final GroupFacts groups;
    private final Clock clock;

    MeetingCalendar(JdbcTemplate jdbc, HoursCaps caps, GroupFacts groups, Clock clock) {
        this.jdbc = jdbc;
        this.caps = caps;
        this.groups = groups;
        this.clock = clock;
    }

    @EventHandler
    void on(MeetingScheduled event, @SequenceNumber long change, @Timestamp Instant at) {
        jdbc.update("""
                insert into meetings.meeting_view (meeting_id, group_id, programme_year, status, meeting_date,
                    start_time, planned_minutes, place, online, last_modified, last_change)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) on conflict do nothing""",
                event.meetingId(), event.groupId(), event.programmeYear().id(), MeetingStatus.SCHEDULED.name(),
                Date.valueOf(event.date()), Time.valueOf(event.startTime()), event.plannedMinutes(), event.place(),
                event.online(), at.atOffset(ZoneOffset.UTC), change);
    }

    /** A calendar entry changed: its sequence (the change's number) goes up, so calendars replace their entry. */
    @EventHandler
    void on(MeetingRescheduled event, @SequenceNumber long change, @Timestamp Instant at) {
        jdbc.update("""
                update meetings.meeting_view set meeting_date = ?, start_time = ?, planned_minutes = ?, place = ?,
                    online = ?, last_modified = ?, last_change = ?
                where meeting_id = ? and group_id = ? and last_change < ?""",
                Date.valueOf(event.date()), Time.valueOf(event.startTime()), event.plannedMinutes(), event.place(),
                event.online(), at.atOffset(ZoneOffset.UTC), change, event.meetingId(), event.groupId(), change);
    }

    @EventHandler
    void on(MeetingCancelled event, @SequenceNumber long change, @Timestamp Instant at) {
        jdbc.update("""
                update meetings.meeting_view set status = ?, cancellation_reason = ?, last_modified = ?,
                    last_change = ? where meeting_id = ? and group_id = ? and last_change < ?""",
                MeetingStatus.CANCELLED.name(), event.reason().name(), at.atOffset(ZoneOffset.UTC), change,
                event.meetingId(), event.groupId(), change);
    }

    @EventHandler
    void on(MeetingHeld event, @SequenceNumber long change, @Timestamp Instant at) {
        jdbc.update("""
                update meetings.meeting_view set status = ?, held_minutes = ?, attendees = ?, mentors_present = ?,
                    last_modified = ?, last_change = ?
                where meeting_id = ? and group_id = ? and last_change < ?""",
                MeetingStatus.HELD.name(), event.durationMinutes(), event.attendees().toArray(String[]::new),
                event.mentorsPresent().toArray(String[]::new), at.atOffset(ZoneOffset.UTC), change,
                event.meetingId(), event.groupId(), change);
    }

    @EventHandler
    void on(MinutesRecorded event) {
        minutes(event.meetingId(), event.groupId(), event.version(), event.topics());
    }

    @EventHandler
    void on(MinutesCorrected event) {
        minutes(event.meetingId(), event.groupId(), event.version(), event.topics());
    }

    private void minutes(String meetingId, String groupId, int version, List<String> topics) {
        jdbc.update("""
                update meetings.meeting_view set minutes_version = ?, topics = ? where meeting_id = ? and group_id = ?""",
                version, topics.toArray(String[]::new), meetingId, groupId);
    }

    @EventHandler
    void on(JointMeetingScheduled event, @SequenceNumber long change, @Timestamp Instant at) {
        jdbc.update("""
                insert into meetings.meeting_view (meeting_id, group_id, programme_year, status, meeting_date,
                    start_time, planned_minutes, place, joint_kind, last_modified, last_change)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) on conflict do nothing""",
                event.jointMeetingId(), event.groupId(), event.programmeYear().id(), MeetingStatus.SCHEDULED.name(),
                Date.valueOf(event.date()), Time.valueOf(event.startTime()), event.plannedMinutes(), event.place(),
                event.kind().name(), at.atOffset(ZoneOffset.UTC), change);
    }

    /** Held: a joint meeting planned ahead keeps its time and place, and its entry's sequence goes up. */
    @EventHandler
    void on(JointMeetingCounted event, @SequenceNumber long change, @Timestamp Instant at) {
        jdbc.update("""
                insert into meetings.meeting_view (meeting_id, group_id, programme_year, status, meeting_date,
                    planned_minutes, held_minutes, attendees, joint_kind, last_modified, last_change)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                on conflict (meeting_id, group_id) do update set status = excluded.status,
                    meeting_date = excluded.meeting_date, held_minutes = excluded.held_minutes,
                    attendees = excluded.attendees, last_modified = excluded.last_modified,
                    last_change = excluded.last_change
                where meeting_view.last_change < excluded.last_change""",
                event.jointMeetingId(), event.groupId(), event.programmeYear().id(), MeetingStatus.HELD.name(),
                Date.valueOf(event.date()), event.durationMinutes(), event.durationMinutes(),
                event.attendees().toArray(String[]::new), event.kind().name(), at.atOffset(ZoneOffset.UTC), change);
    }

    @ResetHandler
    void reset() {
        ViewProcessors.emptying("meetings.meeting_view").forEach(jdbc::execute);
    }

    @QueryHandler
    List<MeetingView> list(ListMeetings query) {
        return jdbc.query("""
                select * from meetings.meeting_view where group_id = ?
                order by meeting_date, start_time nulls first, meeting_id""",
                (rs, row) -> toView(rs), query.groupId());
    }

    @QueryHandler
    List<MeetingView> between(ListMeetingsBetween query) {
        return jdbc.query("""
                select * from meetings.meeting_view where meeting_date between ? and ? and status = ?
                order by meeting_date, start_time nulls first, meeting_id, group_id""",
                (rs, row) -> toView(rs), Date.valueOf(query.from()), Date.valueOf(query.to()), query.status().name());
    }

    @QueryHandler
    List<MeetingView> jointMeeting(FindJointMeeting query) {
        return jdbc.query("""
                select * from meetings.meeting_view where meeting_id = ? and programme_year = ? and joint_kind is not null
                order by group_id""", (rs, row) -> toView(rs), query.jointMeetingId(), query.programmeYear().id());
    }

    /** Each joint meeting once, with every group's entry folded in: held when counted (for all its groups at once). */
    @QueryHandler
    List<JointMeetingView> jointMeetings(ListJointMeetings query) {
        return jdbc.query("""
                select meeting_id, min(joint_kind) as joint_kind, min(meeting_date) as meeting_date,
                       min(start_time) as start_time, max(planned_minutes) as planned_minutes, min(place) as place,
                       bool_and(status = 'HELD') as held, bool_and(status = 'CANCELLED') as cancelled,
                       max(held_minutes) as held_minutes, array_agg(group_id order by group_id) as group_ids
                from meetings.meeting_view where programme_year = ? and joint_kind is not null
                group by meeting_id order by min(meeting_date), min(start_time) nulls first, meeting_id""",
                (rs, row) -> {
                    Time start = rs.getTime("start_time");
                    boolean held = rs.getBoolean("held");
                    var status = held ? MeetingStatus.HELD
                            : rs.getBoolean("cancelled") ? MeetingStatus.CANCELLED : MeetingStatus.SCHEDULED;
                    return new JointMeetingView(rs.getString("meeting_id"), JointMeetingKind.valueOf(rs.getString(
                            "joint_kind")), status,
                            rs.getDate("meeting_date").toLocalDate(), start == null ? null : start.toLocalTime(),
                            rs.getInt("planned_minutes"), rs.getString("place"),
                            held ? (Integer) rs.getObject("held_minutes") : null, strings(rs, "group_ids"));
                }, query.programmeYear().id());
    }

    @QueryHandler
    Optional<MeetingView> find(FindMeeting query) {
        return jdbc.query("select * from meetings.meeting_view where meeting_id = ? and joint_kind is null",
                (rs, row) -> toView(rs), query.meetingId()).stream().findFirst();
    }

    @QueryHandler
    Optional<GroupHoursView> hours(FindGroupHours query) {
        return groups.find(query.groupId()).map(group -> hoursOf(group.groupId(), caps.capMinutes(group.programmeYear())));
    }

    @QueryHandler
    ProgrammeHoursView programmeHours(ListProgrammeHours query) {
        int cap = caps.capMinutes(query.programmeYear());
        return new ProgrammeHoursView(query.programmeYear(), cap,
                groups.groupsOf(query.programmeYear()).stream().map(groupId -> hoursOf(groupId, cap)).toList());
    }

    /** Held meetings and joint meetings count, as in {@link #hoursOf}; read in the command's transaction. */
    @Override
    public Optional<GroupUsage> mostUsed(ProgrammeYear programmeYear) {
        return jdbc.query("""
                select group_id, sum(held_minutes) as used from meetings.meeting_view
                where programme_year = ? and (joint_kind is not null or status = 'HELD')
                group by group_id having sum(held_minutes) > 0 order by used desc, group_id limit 1""",
                (rs, row) -> new GroupUsage(rs.getString(1), rs.getInt(2)), programmeYear.id()).stream().findFirst();
    }

    private GroupHoursView hoursOf(String groupId, int cap) {
        var today = LocalDate.now(clock);
        return jdbc.queryForObject("""
                select coalesce(sum(held_minutes) filter (where status = 'HELD' and joint_kind is null), 0),
                       coalesce(sum(held_minutes) filter (where joint_kind is not null), 0),
                       coalesce(sum(planned_minutes) filter (where status = 'SCHEDULED' and meeting_date >= ?), 0),
                       count(*) filter (where status = 'HELD' and joint_kind is null)
                from meetings.meeting_view where group_id = ?""",
                (rs, row) -> {
                    int held = rs.getInt(1);
                    int joint = rs.getInt(2);
                    int planned = rs.getInt(3);
                    int used = held + joint;
                    int left = Math.max(0, cap - used);
                    return new GroupHoursView(groupId, cap, held, joint, used, left, planned, used + planned > cap,
                            rs.getInt(4), hours(used), hours(left));
                }, Date.valueOf(today), groupId);
    }

    private static double hours(int minutes) {
        return BigDecimal.valueOf(minutes).divide(BigDecimal.valueOf(60), 2, RoundingMode.HALF_UP).doubleValue();
    }

    private static MeetingView toView(ResultSet rs) throws SQLException {
        Time start = rs.getTime("start_time");
        Integer held = (Integer) rs.getObject("held_minutes");
        String reason = rs.getString("cancellation_reason");
        String joint = rs.getString("joint_kind");
        return new MeetingView(rs.getString("meeting_id"), rs.getString("group_id"),
                MeetingStatus.valueOf(rs.getString("status")), rs.getDate("meeting_date").toLocalDate(),
                start == null ? null : start.toLocalTime(), rs.getInt("planned_minutes"), rs.getString("place"),
                rs.getBoolean("online"), held, strings(rs, "attendees"), strings(rs, "mentors_present"),
                reason == null ? null : MeetingCancellationReason.valueOf(reason), rs.getInt("minutes_version"),
                strings(rs, "topics"), joint == null ? null : JointMeetingKind.valueOf(joint), Math.max(0, rs.getLong("last_change")),
                rs.getTimestamp("last_modified") == null ? null : rs.getTimestamp("last_modified").toInstant());
    }

    private static List<String> strings(ResultSet rs, String column) throws SQLException {
        var array = rs.getArray(column);
        return array == null ? List.of() : Arrays.asList((String[]) array.getArray());
    }
}
