package fi.verme.compensation.api;

import fi.verme.shared.ProgrammeYear;
import java.math.BigDecimal;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Finance enters what an hour of an employer's staff costs (salary and its side costs), for the employer
 * report: the employer books its staff's meeting hours at this rate (Opelix).
 */
public record SetEmployerSalaryCost(ProgrammeYear programmeYear, String employer, BigDecimal hourlySalaryCost) {

    @TargetAggregateIdentifier
    public String rulesId() {
        return CompensationKey.rules(programmeYear);
    }
}
