package fi.verme.compensation.api;

import fi.verme.enrolment.api.ProgrammeYear;
import org.axonframework.serialization.Revision;

@Revision("1")
public record ClaimApproved(String claimId, ProgrammeYear programmeYear) {
}
