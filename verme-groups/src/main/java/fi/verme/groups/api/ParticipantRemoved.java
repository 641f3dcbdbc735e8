package fi.verme.groups.api;

import fi.verme.shared.ProgrammeYear;
import java.time.Instant;
import org.axonframework.serialization.Revision;

/**
 * A coordinator took a participant out of a group, or the participant's enrolment was withdrawn; unless the enrolment
 * was withdrawn, it goes back on the waiting list.
 *
 * @param groupId the group
 * @param programmeYear the programme year of the group
 * @param enrolmentId the enrolment taken out
 * @param personId the person's id in the person register
 * @param reason why the participant left the group
 * @param removedAt when the participant left the group
 */
@Revision("1")
public record ParticipantRemoved(String groupId, ProgrammeYear programmeYear, String enrolmentId, String personId,
                                 RemovalReason reason, Instant removedAt) {
}
