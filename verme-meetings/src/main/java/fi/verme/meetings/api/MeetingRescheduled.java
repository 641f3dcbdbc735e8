package fi.verme.meetings.api;

import fi.verme.shared.ProgrammeYear;
import java.time.LocalDate;
import java.time.LocalTime;
import org.axonframework.serialization.Revision;

/**
 * A planned meeting of a group was moved: it has a new day, time, length or place, given in full.
 *
 * @param meetingId the meeting moved
 * @param groupId the group that meets
 * @param programmeYear the programme year of the group
 * @param date the new day of the meeting
 * @param startTime the new start time (Finnish time)
 * @param plannedMinutes how long it is now planned to last, 15 to 480 minutes
 * @param place where the group now meets, or the meeting's online link
 * @param online whether the meeting is online
 */
@Revision("1")
public record MeetingRescheduled(String meetingId, String groupId, ProgrammeYear programmeYear, LocalDate date,
                                 LocalTime startTime, int plannedMinutes, String place, boolean online) {
}
