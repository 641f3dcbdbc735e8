package fi.verme.compensation.api;

import fi.verme.shared.ProgrammeYear;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * What finance reads for a programme year. Every line names the source it pays for and the events
 * behind it; each line is rounded to the cent once (half up), and every total is the sum of its lines.
 * {@code payees}: everyone owed something (mentors, persons, employers), each with their lines, the
 * taxable pay and the reimbursements apart; {@code mentors}: each mentor's work (fee hours, meetings) and
 * the lines owed to them. {@code paysNothing}: the rules pay no fee and reimburse no cost (nothing is ever
 * owed); {@code rulesVersion} 0: no rules are set.
 */
public record CompensationView(
        ProgrammeYear programmeYear,
        int rulesVersion,
        List<String> missingRates,
        List<Mentor> mentors,
        List<GroupCosts> groups,
        List<Participant> participants,
        List<Employer> employers,
        List<Period> periods,
        BigDecimal total,
        BigDecimal accruing,
        BigDecimal approved,
        BigDecimal paid,
        List<PayeeLines> payees,
        boolean paysNothing) {

    public record Mentor(String mentorId, String personId, String name, List<Line> lines, BigDecimal feeHours,
                         int meetingsPaid, BigDecimal organisingHours, BigDecimal substituteCosts,
                         BigDecimal expenses, BigDecimal total, BigDecimal accruing, BigDecimal approved,
                         BigDecimal paid) {
    }

    /**
     * Everything owed to one payee. {@code name}: the mentor's or person's name in the register ({@code null}
     * once erased), or the employer's name. {@code taxablePay} and {@code reimbursements} split {@code total}.
     */
    public record PayeeLines(Payee payee, String name, List<Line> lines, BigDecimal taxablePay,
                             BigDecimal reimbursements, BigDecimal total, BigDecimal accruing, BigDecimal approved,
                             BigDecimal paid) {
    }

    /**
     * One thing owed. {@code quantity} is hours (fees) or days (substitutes); {@code amount} is null while a
     * rate it needs is missing. Lines already approved show their frozen amount; an {@code adjustment} line is
     * the difference a later change made, one line per mentor, payee and kind (and period) for all the sources
     * it changed: then {@code sourceId} is null and {@code sourceIds} lists them. {@code mentorId}: whose work
     * or claim it is (none for a participant's travel).
     */
    public record Line(String sourceId, LineKind kind, String description, LocalDate date, BigDecimal quantity,
                       BigDecimal amount, LineStatus status, String periodId, boolean adjustment,
                       List<String> eventIds, String mentorId, Payee payee, PaymentType paymentType,
                       List<String> sourceIds) {
    }

    public record GroupCosts(String groupId, String name, BigDecimal arrangements, BigDecimal travel,
                             BigDecimal arrangementsBudget, BigDecimal budgetLeft) {
    }

    /** {@code travelCosts}: the participant's travel recorded for them (approved), {@code employer} of their enrolment. */
    public record Participant(String personId, int meetingsAttended, int minutesAttended, int vesoDays,
                              String employer, BigDecimal travelCosts) {
    }

    /**
     * For employers that book their staff's meeting hours as salary cost, and their travel (Opelix):
     * {@code salaryCost} is {@code hourlySalaryCost} (entered by finance; null until then) times the meeting
     * hours, rounded once to the cent; {@code total} adds the travel.
     */
    public record Employer(String employer, int participants, BigDecimal meetingHours, BigDecimal travelCosts,
                           BigDecimal hourlySalaryCost, BigDecimal salaryCost, BigDecimal total) {
    }

    public record Period(String periodId, String period, BigDecimal total, Instant approvedAt, String payrollReference,
                         LocalDate paidOn) {
    }
}
