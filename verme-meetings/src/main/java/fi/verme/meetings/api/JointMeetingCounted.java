package fi.verme.meetings.api;

import fi.verme.shared.ProgrammeYear;
import java.time.LocalDate;
import java.util.List;
import org.axonframework.serialization.Revision;

/**
 * The programme year's joint meeting for all groups (the kickoff or the closing) was counted for one group that took
 * part; the same joint meeting is counted once for each group, and counts towards each group's hours.
 *
 * @param groupId the group it is counted for
 * @param jointMeetingId the joint meeting's id, the same for every group counted
 * @param programmeYear the programme year
 * @param kind which joint meeting it was
 * @param date the day it was held
 * @param durationMinutes how long it lasted, 15 to 480 minutes
 * @param attendees the person ids of the group's members present; empty when not recorded
 */
@Revision("1")
public record JointMeetingCounted(String groupId, String jointMeetingId, ProgrammeYear programmeYear,
                                  JointMeetingKind kind, LocalDate date, int durationMinutes,
                                  List<String> attendees) {
}
