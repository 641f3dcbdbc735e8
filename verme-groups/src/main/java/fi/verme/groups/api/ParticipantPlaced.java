package fi.verme.groups.api;

import fi.verme.shared.ProgrammeYear;
import java.time.Instant;
import org.axonframework.serialization.Revision;

/**
 * A coordinator placed an enrolled person in a group (by hand, or by accepting a placement proposal); the enrolment
 * records its side as {@code EnrolmentPlaced} in the same transaction.
 *
 * @param groupId the group
 * @param programmeYear the programme year of the group
 * @param enrolmentId the enrolment placed
 * @param personId the person's id in the person register, so that a person is in at most one group a year
 * @param placedAt when the person was placed
 */
@Revision("1")
public record ParticipantPlaced(String groupId, ProgrammeYear programmeYear, String enrolmentId, String personId,
                                Instant placedAt) {
}
