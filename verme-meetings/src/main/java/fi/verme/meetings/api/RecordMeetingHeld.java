package fi.verme.meetings.api;

import java.util.List;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * {@code attendees}: person ids of the members present. {@code mentorsPresent}: mentor ids; null
 * means every mentor of the group.
 */
public record RecordMeetingHeld(String groupId, String meetingId, int durationMinutes, List<String> attendees,
                                List<String> mentorsPresent) {

    @TargetAggregateIdentifier
    public String calendarId() {
        return CalendarKey.of(groupId);
    }
}
