package fi.verme.compensation.api;

import fi.verme.shared.ProgrammeYear;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record ApproveClaim(ProgrammeYear programmeYear, String claimId) {

    @TargetAggregateIdentifier
    public String claimsId() {
        return CompensationKey.claims(programmeYear);
    }
}
