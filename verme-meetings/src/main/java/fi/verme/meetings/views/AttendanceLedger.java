package fi.verme.meetings.views;

import fi.verme.meetings.api.AttendanceView;
import fi.verme.meetings.api.FindAttendance;
import fi.verme.meetings.api.JointMeetingCounted;
import fi.verme.meetings.api.MeetingHeld;
import fi.verme.shared.ProgrammeYear;
import fi.verme.shared.ViewProcessors;
import java.sql.Date;
import java.time.LocalDate;
import java.util.List;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Who attended which meeting, for how long: per person and programme year (VESO days are counted from it). */
@Component
@ProcessingGroup(AttendanceLedger.PROCESSING_GROUP)
class AttendanceLedger {

    static final String PROCESSING_GROUP = "meetings-attendance";

    private final JdbcTemplate jdbc;

    AttendanceLedger(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @EventHandler
    void on(MeetingHeld event) {
        record(event.attendees(), event.programmeYear(), event.meetingId(), event.groupId(), event.heldOn(),
                event.durationMinutes(), false);
    }

    @EventHandler
    void on(JointMeetingCounted event) {
        record(event.attendees(), event.programmeYear(), event.jointMeetingId(), event.groupId(), event.date(),
                event.durationMinutes(), true);
    }

    private void record(List<String> attendees, ProgrammeYear year, String meetingId, String groupId, LocalDate date,
                        int minutes, boolean joint) {
        if (attendees.isEmpty()) {
            return;
        }
        jdbc.update("""
                insert into meetings.attendance (person_id, programme_year, meeting_id, group_id, meeting_date,
                    minutes, joint)
                select person_id, ?, ?, ?, ?::date, ?, ? from unnest(?::varchar[]) as person_id
                on conflict do nothing""",
                year.id(), meetingId, groupId, Date.valueOf(date), minutes, joint, attendees.toArray(String[]::new));
    }

    @ResetHandler
    void reset() {
        ViewProcessors.emptying("meetings.attendance").forEach(jdbc::execute);
    }

    @QueryHandler
    AttendanceView find(FindAttendance query) {
        var meetings = jdbc.query("""
                select meeting_id, group_id, meeting_date, minutes, joint from meetings.attendance
                where person_id = ? and programme_year = ? order by meeting_date, meeting_id""",
                (rs, row) -> new AttendanceView.Attended(rs.getString(1), rs.getString(2),
                        rs.getDate(3).toLocalDate(), rs.getInt(4), rs.getBoolean(5)),
                query.personId(), query.programmeYear().id());
        return new AttendanceView(query.personId(), query.programmeYear(), meetings.size(),
                meetings.stream().mapToInt(AttendanceView.Attended::minutes).sum(), meetings);
    }
}
