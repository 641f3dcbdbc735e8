package fi.verme.compensation.api;

import java.math.BigDecimal;
import java.util.List;

/**
 * The answer to {@link FindCompensationAsOf}: each mentor's amounts, by the mentor whose work or claim they are
 * (a substitute owed to an employer counts for the mentor who claimed it), and the year's totals, which also
 * count what no mentor claimed (a participant's travel). {@code payees}: the same amounts owed by whom they are owed
 * to.
 */
public record CompensationAsOfView(List<Mentor> mentors, List<PayeeOwed> payees, BigDecimal owed, BigDecimal approved,
                                   BigDecimal paid) {

    /** {@code owed}: everything owed so far, approved or not (a line still unpriced counts as nothing). */
    public record Mentor(String mentorId, BigDecimal owed, BigDecimal approved, BigDecimal paid) {
    }

    /** Everything owed so far to one payee (a mentor, a person, an employer), fees and reimbursements apart. */
    public record PayeeOwed(Payee payee, BigDecimal fees, BigDecimal reimbursements) {
    }
}
