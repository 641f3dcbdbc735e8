package fi.verme.compensation.api;

import fi.verme.shared.ProgrammeYear;
import java.time.LocalDate;
import org.axonframework.serialization.Revision;

@Revision("1")
public record PaymentPeriodPaid(String periodId, ProgrammeYear programmeYear, String payrollReference,
                                LocalDate paidOn) {
}
