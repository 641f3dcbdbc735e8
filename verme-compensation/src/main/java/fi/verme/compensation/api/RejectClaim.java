package fi.verme.compensation.api;

import fi.verme.shared.ProgrammeYear;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record RejectClaim(ProgrammeYear programmeYear, String claimId, RejectionReason reason) {

    @TargetAggregateIdentifier
    public String claimsId() {
        return CompensationKey.claims(programmeYear);
    }
}
