package fi.verme.meetings.api;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * A series of meetings in one action: one meeting for each of {@code meetingIds}, the first on {@code firstDate}
 * and each next {@code everyWeeks} weeks after the one before, on the same weekday, at the same time and place; a
 * date on a public holiday or in a school break moves on a week at a time until it is not. Each meeting is then
 * a meeting of its own, moved or cancelled on its own. Answered with a {@link SeriesScheduled}.
 */
public record ScheduleMeetingSeries(String groupId, List<String> meetingIds, LocalDate firstDate, int everyWeeks,
                                    LocalTime startTime, int plannedMinutes, String place, boolean online) {

    @TargetAggregateIdentifier
    public String calendarId() {
        return CalendarKey.of(groupId);
    }
}
