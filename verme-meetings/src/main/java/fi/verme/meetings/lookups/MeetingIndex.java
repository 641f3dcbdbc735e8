package fi.verme.meetings.lookups;

import fi.verme.meetings.api.FindMeetingGroup;
import fi.verme.meetings.api.MeetingScheduled;
import java.util.Optional;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Which group each meeting belongs to, current with every write: commands on a meeting go to its group's calendar. */
@Component
@ProcessingGroup(MeetingIndex.PROCESSING_GROUP)
class MeetingIndex {

    static final String PROCESSING_GROUP = "meetings-meeting-index";

    private final JdbcTemplate jdbc;

    MeetingIndex(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @EventHandler
    void on(MeetingScheduled event) {
        jdbc.update("insert into meetings.meeting_index (meeting_id, group_id) values (?, ?) on conflict do nothing",
                event.meetingId(), event.groupId());
    }

    @QueryHandler
    Optional<String> groupOf(FindMeetingGroup query) {
        return jdbc.queryForList("select group_id from meetings.meeting_index where meeting_id = ?", String.class,
                query.meetingId()).stream().findFirst();
    }
}
