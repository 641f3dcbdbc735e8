package fi.verme.compensation.api;

import fi.verme.shared.ProgrammeYear;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** {@code description}: the work, not the people (no personal data). */
public record ClaimOrganisingHours(String claimId, ProgrammeYear programmeYear, String mentorId, BigDecimal hours,
                                   LocalDate date, String description) {

    @TargetAggregateIdentifier
    public String claimsId() {
        return CompensationKey.claims(programmeYear);
    }
}
