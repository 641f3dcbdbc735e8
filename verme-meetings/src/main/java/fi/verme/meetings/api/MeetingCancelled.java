package fi.verme.meetings.api;

import fi.verme.shared.ProgrammeYear;
import org.axonframework.serialization.Revision;

/**
 * A planned meeting of a group was cancelled, by the group's mentor or a coordinator, or because the group completed
 * or was cancelled with the meeting still ahead; or a coordinator cancelled a joint meeting planned for the group
 * (one such event for each of its groups).
 *
 * @param meetingId the meeting cancelled: the group's own meeting, or the joint meeting's id
 * @param groupId the group
 * @param programmeYear the programme year of the group
 * @param reason why it was cancelled; {@code GROUP_CLOSED} when the group's closing cancelled it
 */
@Revision("1")
public record MeetingCancelled(String meetingId, String groupId, ProgrammeYear programmeYear,
                               MeetingCancellationReason reason) {
}
