package fi.verme.compensation.api;

import fi.verme.compensation.api.PaymentPeriodApproved.ApprovedLine;
import fi.verme.shared.ProgrammeYear;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

public record PaymentPeriodView(String periodId, ProgrammeYear programmeYear, String period, List<ApprovedLine> lines,
                                BigDecimal total, Instant approvedAt, String payrollReference, LocalDate paidOn) {
}
