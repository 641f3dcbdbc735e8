package fi.verme.meetings.api;

import fi.verme.shared.ProgrammeYear;
import java.time.LocalDate;
import java.time.LocalTime;
import org.axonframework.serialization.Revision;

/**
 * A group's meeting was planned: its day, time, length and place.
 *
 * @param meetingId the meeting's id
 * @param groupId the group that meets
 * @param programmeYear the programme year of the group
 * @param date the day of the meeting, within the school year
 * @param startTime when the meeting starts (Finnish time)
 * @param plannedMinutes how long it is planned to last, 15 to 480 minutes
 * @param place where the group meets, or the meeting's online link
 * @param online whether the meeting is online
 */
@Revision("1")
public record MeetingScheduled(String meetingId, String groupId, ProgrammeYear programmeYear, LocalDate date,
                               LocalTime startTime, int plannedMinutes, String place, boolean online) {
}
