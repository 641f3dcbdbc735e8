package fi.verme.meetings.api;

import fi.verme.shared.ProgrammeYear;
import java.time.LocalDate;
import java.time.LocalTime;
import org.axonframework.serialization.Revision;

/**
 * The programme year's joint meeting (the kickoff or the closing) was planned for one group that is to take part:
 * it is on the group's calendar with its day, time and place, and counts towards the group's hours only when
 * {@link JointMeetingCounted} records it as held.
 *
 * @param groupId the group it is planned for
 * @param jointMeetingId the joint meeting's id, the same for every group
 * @param programmeYear the programme year
 * @param kind which joint meeting it is
 * @param date the day of the meeting, within the school year
 * @param startTime when the meeting starts (Finnish time)
 * @param plannedMinutes how long it is planned to last, 15 to 480 minutes
 * @param place where the meeting is held
 */
@Revision("1")
public record JointMeetingScheduled(String groupId, String jointMeetingId, ProgrammeYear programmeYear,
                                    JointMeetingKind kind, LocalDate date, LocalTime startTime, int plannedMinutes,
                                    String place) {
}
