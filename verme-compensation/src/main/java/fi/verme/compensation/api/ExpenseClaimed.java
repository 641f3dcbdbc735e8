package fi.verme.compensation.api;

import fi.verme.shared.ProgrammeYear;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.axonframework.serialization.Revision;

@Revision("1")
public record ExpenseClaimed(String claimId, ProgrammeYear programmeYear, String mentorId, String groupId,
                             ExpenseKind kind, BigDecimal amount, BigDecimal days, String receiptReference,
                             LocalDate date, String employer) {
}
