package fi.verme.meetings.archive;

import fi.verme.meetings.api.FindMinutes;
import fi.verme.meetings.api.ListMinutes;
import fi.verme.meetings.api.MeetingNotFoundException;
import fi.verme.meetings.api.MinutesView;
import fi.verme.meetings.domain.GroupFacts;
import fi.verme.meetings.domain.MinutesArchive;
import fi.verme.meetings.domain.MinutesConfidentiality;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Optional;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The minutes text, outside the event store: a plain table written in the transaction of the command
 * that records the minutes, and read only by the group, its mentors and the members of the day.
 */
@Component
class JdbcMinutesArchive implements MinutesArchive {

    private final JdbcTemplate jdbc;
    private final GroupFacts groups;

    JdbcMinutesArchive(JdbcTemplate jdbc, GroupFacts groups) {
        this.jdbc = jdbc;
        this.groups = groups;
    }

    @Override
    public void store(String meetingId, int version, String authorPersonId, List<String> topics, String text) {
        jdbc.update("""
                insert into meetings.minutes_text (meeting_id, version, author_person_id, topics, text)
                values (?, ?, ?, ?, ?)""",
                meetingId, version, authorPersonId, topics.toArray(String[]::new), text);
    }

    @Override
    public boolean isLatest(String meetingId, List<String> topics, String text) {
        return jdbc.query("""
                select topics, text from meetings.minutes_text where meeting_id = ? order by version desc limit 1""",
                (rs, row) -> Arrays.asList((String[]) rs.getArray(1).getArray()).equals(topics)
                        && rs.getString(2).equals(text), meetingId).stream().findFirst().orElse(false);
    }

    /** Empty when the meeting has no minutes yet. */
    @QueryHandler
    Optional<MinutesView> find(FindMinutes query) {
        record Meeting(String groupId, Date date) {
        }
        var meeting = jdbc.query("""
                select i.group_id, v.meeting_date from meetings.meeting_index i
                left join meetings.meeting_view v on v.meeting_id = i.meeting_id and v.group_id = i.group_id
                where i.meeting_id = ?""", (rs, row) -> new Meeting(rs.getString(1), rs.getDate(2)),
                query.meetingId()).stream().findFirst()
                .orElseThrow(() -> new MeetingNotFoundException(query.meetingId()));
        MinutesConfidentiality.requireReader(query.requesterPersonId(), meeting.groupId(),
                meeting.date() == null ? null : meeting.date().toLocalDate(), groups);
        var versions = jdbc.query("""
                select version, topics, text, author_person_id, recorded_at from meetings.minutes_text
                where meeting_id = ? order by version desc""",
                (rs, row) -> version(rs), query.meetingId());
        return versions.isEmpty() ? Optional.empty()
                : Optional.of(view(query.meetingId(), meeting.groupId(), versions));
    }

    /** One query for the whole group, so that its page need not ask meeting by meeting. */
    @QueryHandler
    List<MinutesView> list(ListMinutes query) {
        record Row(String meetingId, Date date, MinutesView.Version version) {
        }
        var readable = MinutesConfidentiality.readerOf(query.requesterPersonId(), query.groupId(), groups);
        var rows = jdbc.query("""
                select t.version, t.topics, t.text, t.author_person_id, t.recorded_at, t.meeting_id, v.meeting_date
                from meetings.minutes_text t
                join meetings.meeting_index i on i.meeting_id = t.meeting_id
                left join meetings.meeting_view v on v.meeting_id = i.meeting_id and v.group_id = i.group_id
                where i.group_id = ?
                order by v.meeting_date, v.start_time nulls first, t.meeting_id, t.version desc""",
                (rs, row) -> new Row(rs.getString(6), rs.getDate(7), version(rs)), query.groupId());
        var versionsByMeeting = new LinkedHashMap<String, List<MinutesView.Version>>();
        for (var row : rows) {
            if (readable.test(row.date() == null ? null : row.date().toLocalDate())) {
                versionsByMeeting.computeIfAbsent(row.meetingId(), meetingId -> new ArrayList<>()).add(row.version());
            }
        }
        return versionsByMeeting.entrySet().stream()
                .map(meeting -> view(meeting.getKey(), query.groupId(), meeting.getValue())).toList();
    }

    private static MinutesView.Version version(ResultSet rs) throws SQLException {
        return new MinutesView.Version(rs.getInt(1), Arrays.asList((String[]) rs.getArray(2).getArray()),
                rs.getString(3), rs.getString(4), rs.getTimestamp(5).toInstant());
    }

    /** {@code versions}: newest first; the newest is the current minutes. */
    private static MinutesView view(String meetingId, String groupId, List<MinutesView.Version> versions) {
        var current = versions.get(0);
        return new MinutesView(meetingId, groupId, current.version(), current.topics(), current.text(), versions);
    }
}
