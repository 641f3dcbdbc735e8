package fi.verme.compensation.api;

import fi.verme.enrolment.api.ProgrammeYear;
import org.axonframework.serialization.Revision;

@Revision("1")
public record ClaimRejected(String claimId, ProgrammeYear programmeYear, RejectionReason reason) {
}
