package fi.verme.compensation.api;

import fi.verme.shared.ProgrammeYear;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.axonframework.serialization.Revision;

/** The amounts as approved, frozen: a later change of what is owed becomes an adjustment in a later period. */
@Revision("1")
public record PaymentPeriodApproved(String periodId, ProgrammeYear programmeYear, String period,
                                    List<ApprovedLine> lines, BigDecimal total, Instant approvedAt) {

    /** {@code sourceId}: what the line pays for (see the compensation view); {@code adjustment}: a difference. */
    public record ApprovedLine(String sourceId, String mentorId, LineKind kind, BigDecimal amount,
                               boolean adjustment) {
    }
}
