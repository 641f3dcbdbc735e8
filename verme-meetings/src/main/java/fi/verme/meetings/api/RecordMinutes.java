package fi.verme.meetings.api;

import java.util.List;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * The minutes of a held meeting, first or corrected. {@code authorPersonId} is who writes them (a
 * mentor of the group); {@code text} goes to the minutes archive and never into an event.
 */
public record RecordMinutes(String groupId, String meetingId, String authorPersonId, List<String> topics,
                            String text) {

    @TargetAggregateIdentifier
    public String calendarId() {
        return CalendarKey.of(groupId);
    }

    @Override
    public String toString() {
        return "RecordMinutes[groupId=" + groupId + ", meetingId=" + meetingId + ", text withheld]";
    }
}
