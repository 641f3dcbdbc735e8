package fi.verme.compensation.api;

import fi.verme.shared.ProgrammeYear;
import org.axonframework.serialization.Revision;

@Revision("1")
public record ClaimApproved(String claimId, ProgrammeYear programmeYear) {
}
