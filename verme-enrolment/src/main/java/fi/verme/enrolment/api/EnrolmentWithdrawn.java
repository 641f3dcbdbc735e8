package fi.verme.enrolment.api;

import fi.verme.shared.ProgrammeYear;
import java.time.Instant;
import org.axonframework.serialization.Revision;

/**
 * The person withdrew their enrolment (or a coordinator withdrew it for them); a withdrawn enrolment is never placed
 * again, and a person in a group leaves it.
 *
 * @param enrolmentId the enrolment withdrawn
 * @param personId the person's id in the person register
 * @param programmeYear the programme year of the enrolment
 * @param reason why it was withdrawn, as a code
 * @param withdrawnAt when it was withdrawn
 */
@Revision("1")
public record EnrolmentWithdrawn(
        String enrolmentId,
        String personId,
        ProgrammeYear programmeYear,
        WithdrawalReason reason,
        Instant withdrawnAt) {
}
