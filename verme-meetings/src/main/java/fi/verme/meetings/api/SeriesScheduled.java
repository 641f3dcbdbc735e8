package fi.verme.meetings.api;

import java.util.List;

/** The answer to {@link ScheduleMeetingSeries}: the meetings in date order, and the days the series went past. */
public record SeriesScheduled(List<String> meetingIds, List<ClosedDay> skipped) {
}
