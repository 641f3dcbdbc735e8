package fi.verme.meetings.api;

import fi.verme.shared.ProgrammeYear;
import java.time.LocalDate;
import java.time.LocalTime;
import org.axonframework.serialization.Revision;

/**
 * A planned meeting of a group was moved: it has a new day, time, length or place, given in full. A joint meeting
 * planned ahead is moved with one such event for each of its groups.
 *
 * @param meetingId the meeting moved: the group's own meeting, or the joint meeting's id
 * @param groupId the group that meets
 * @param programmeYear the programme year of the group
 * @param date the new day of the meeting
 * @param startTime the new start time (Finnish time)
 * @param plannedMinutes how long it is now planned to last, 15 to 480 minutes
 * @param place where the group now meets, or the meeting's online link
 * @param online whether the meeting is online; false for a joint meeting
 */
@Revision("1")
public record MeetingRescheduled(String meetingId, String groupId, ProgrammeYear programmeYear, LocalDate date,
                                 LocalTime startTime, int plannedMinutes, String place, boolean online) {
}
