package fi.verme.meetings.api;

import java.time.LocalDate;
import java.util.List;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** One group's share of a joint meeting: its hours count against the group's cap. */
public record CountJointMeeting(String groupId, String jointMeetingId, JointMeetingKind kind, LocalDate date,
                                int durationMinutes, List<String> attendees) {

    @TargetAggregateIdentifier
    public String calendarId() {
        return CalendarKey.of(groupId);
    }
}
