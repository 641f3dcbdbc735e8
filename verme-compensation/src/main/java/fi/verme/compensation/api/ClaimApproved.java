package fi.verme.compensation.api;

import fi.verme.shared.ProgrammeYear;
import org.axonframework.serialization.Revision;

/**
 * Finance approved a pending claim: its amount is owed and goes into the next payment period.
 *
 * @param claimId the claim approved
 * @param programmeYear the programme year of the claim
 */
@Revision("1")
public record ClaimApproved(String claimId, ProgrammeYear programmeYear) {
}
