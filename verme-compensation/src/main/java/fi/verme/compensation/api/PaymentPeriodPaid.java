package fi.verme.compensation.api;

import fi.verme.shared.ProgrammeYear;
import java.time.LocalDate;
import org.axonframework.serialization.Revision;

/**
 * Finance marked an approved payment period paid, with the payroll system's reference.
 *
 * @param periodId the period paid
 * @param programmeYear the programme year whose organiser paid
 * @param payrollReference the payroll system's reference for the payment
 * @param paidOn the day it was marked paid (Finnish time)
 */
@Revision("1")
public record PaymentPeriodPaid(String periodId, ProgrammeYear programmeYear, String payrollReference,
                                LocalDate paidOn) {
}
