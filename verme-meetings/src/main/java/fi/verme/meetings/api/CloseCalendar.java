package fi.verme.meetings.api;

import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * The group was completed or cancelled on {@code closedOn}: its meetings planned for that day or later are
 * cancelled ({@link MeetingCancellationReason#GROUP_CLOSED}), and their people are told.
 */
public record CloseCalendar(String groupId, LocalDate closedOn) {

    @TargetAggregateIdentifier
    public String calendarId() {
        return CalendarKey.of(groupId);
    }
}
