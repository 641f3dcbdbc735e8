package fi.verme.enrolment.api;

import fi.verme.shared.ProgrammeYear;
import java.time.Instant;
import org.axonframework.serialization.Revision;

/**
 * The enrolment went on the waiting list: placement found no seat for it, its group was cancelled, or a coordinator
 * took the person out of their group or put them there by hand.
 *
 * @param enrolmentId the enrolment waitlisted
 * @param programmeYear the programme year of the enrolment
 * @param reason why it waits for a seat
 * @param waitlistedAt when it went on the waiting list
 */
@Revision("1")
public record EnrolmentWaitlisted(String enrolmentId, ProgrammeYear programmeYear, WaitlistReason reason,
                                  Instant waitlistedAt) {
}
