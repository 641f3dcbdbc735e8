package fi.verme.meetings.api;

import fi.verme.shared.ProgrammeYear;
import java.time.LocalDate;
import java.time.LocalTime;
import org.axonframework.serialization.Revision;

@Revision("1")
public record MeetingScheduled(String meetingId, String groupId, ProgrammeYear programmeYear, LocalDate date,
                               LocalTime startTime, int plannedMinutes, String place, boolean online) {
}
