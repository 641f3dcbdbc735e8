package fi.verme.meetings.api;

import java.time.LocalDate;
import java.time.LocalTime;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** {@code place} is an address, or the link when {@code online}. */
public record ScheduleMeeting(String groupId, String meetingId, LocalDate date, LocalTime startTime,
                              int plannedMinutes, String place, boolean online) {

    @TargetAggregateIdentifier
    public String calendarId() {
        return CalendarKey.of(groupId);
    }
}
