package fi.verme.compensation.api;

import fi.verme.shared.ProgrammeYear;
import org.axonframework.serialization.Revision;

/**
 * Finance rejected a pending claim: nothing is owed for it, and its hours or amount no longer count
 * towards a cap or budget.
 *
 * @param claimId the claim rejected
 * @param programmeYear the programme year of the claim
 * @param reason why it was rejected
 */
@Revision("1")
public record ClaimRejected(String claimId, ProgrammeYear programmeYear, RejectionReason reason) {
}
