package fi.verme.compensation.api;

import fi.verme.shared.ProgrammeYear;
import org.axonframework.serialization.Revision;

@Revision("1")
public record ClaimRejected(String claimId, ProgrammeYear programmeYear, RejectionReason reason) {
}
