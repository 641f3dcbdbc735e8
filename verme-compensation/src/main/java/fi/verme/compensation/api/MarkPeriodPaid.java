package fi.verme.compensation.api;

import fi.verme.shared.ProgrammeYear;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record MarkPeriodPaid(ProgrammeYear programmeYear, String periodId, String payrollReference) {

    @TargetAggregateIdentifier
    public String paymentsId() {
        return CompensationKey.payments(programmeYear);
    }
}
