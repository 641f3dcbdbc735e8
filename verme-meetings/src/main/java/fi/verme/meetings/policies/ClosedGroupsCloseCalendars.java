package fi.verme.meetings.policies;

import fi.verme.groups.api.GroupCancelled;
import fi.verme.groups.api.GroupCompleted;
import fi.verme.meetings.api.CloseCalendar;
import java.time.LocalDate;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DisallowReplay;
import org.axonframework.eventhandling.EventHandler;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * A group that is completed or cancelled closes its calendar, in the transaction of the closing: its meetings
 * still ahead are cancelled, and the people of the group are told (the notices follow the cancellations).
 * A group that never had a meeting has no calendar to close.
 */
@Component
@ProcessingGroup(ClosedGroupsCloseCalendars.PROCESSING_GROUP)
@DisallowReplay
class ClosedGroupsCloseCalendars {

    static final String PROCESSING_GROUP = "meetings-closed-groups";

    private final CommandGateway commands;
    private final JdbcTemplate jdbc;

    ClosedGroupsCloseCalendars(CommandGateway commands, JdbcTemplate jdbc) {
        this.commands = commands;
        this.jdbc = jdbc;
    }

    @EventHandler
    void on(GroupCompleted event) {
        close(event.groupId(), event.completedOn());
    }

    @EventHandler
    void on(GroupCancelled event) {
        close(event.groupId(), event.cancelledOn());
    }

    private void close(String groupId, LocalDate closedOn) {
        if (Boolean.TRUE.equals(jdbc.queryForObject(
                "select exists (select 1 from meetings.meeting_index where group_id = ?)", Boolean.class, groupId))) {
            commands.sendAndWait(new CloseCalendar(groupId, closedOn));
        }
    }
}
