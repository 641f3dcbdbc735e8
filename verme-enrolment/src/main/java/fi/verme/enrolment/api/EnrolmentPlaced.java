package fi.verme.enrolment.api;

import fi.verme.shared.ProgrammeYear;
import java.time.Instant;
import org.axonframework.serialization.Revision;

/**
 * The enrolment got a seat in a group: the enrolment's side of a participant placed in a group, recorded in the same
 * transaction as the group's {@code ParticipantPlaced}.
 *
 * @param enrolmentId the enrolment placed
 * @param programmeYear the programme year of the enrolment
 * @param groupId the group it was placed in
 * @param placedAt when it was placed
 */
@Revision("1")
public record EnrolmentPlaced(String enrolmentId, ProgrammeYear programmeYear, String groupId, Instant placedAt) {
}
