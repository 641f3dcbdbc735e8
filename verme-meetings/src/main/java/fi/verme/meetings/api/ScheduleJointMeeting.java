package fi.verme.meetings.api;

import java.time.LocalDate;
import java.time.LocalTime;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** One group's share of a planned joint meeting: it goes on the group's calendar, not yet held. */
public record ScheduleJointMeeting(String groupId, String jointMeetingId, JointMeetingKind kind, LocalDate date,
                                   LocalTime startTime, int plannedMinutes, String place) {

    @TargetAggregateIdentifier
    public String calendarId() {
        return CalendarKey.of(groupId);
    }
}
