package fi.verme.compensation.api;

import fi.verme.shared.ProgrammeYear;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Approves what is owed and not yet approved, as it stands now; {@code period} is a label such as {@code 2026-12}. */
public record ApprovePaymentPeriod(String periodId, ProgrammeYear programmeYear, String period) {

    @TargetAggregateIdentifier
    public String paymentsId() {
        return CompensationKey.payments(programmeYear);
    }
}
