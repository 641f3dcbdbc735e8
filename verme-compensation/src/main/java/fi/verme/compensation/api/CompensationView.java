package fi.verme.compensation.api;

import fi.verme.shared.ProgrammeYear;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * What finance reads for a programme year. Every line names the source it pays for and the events
 * behind it; each line is rounded to the cent once (half up), and every total is the sum of its lines.
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
        BigDecimal paid) {

    public record Mentor(String mentorId, String personId, String name, List<Line> lines, BigDecimal feeHours,
                         int meetingsPaid, BigDecimal organisingHours, BigDecimal substituteCosts,
                         BigDecimal expenses, BigDecimal total, BigDecimal accruing, BigDecimal approved,
                         BigDecimal paid) {
    }

    /**
     * One thing a mentor is owed. {@code quantity} is hours (fees) or days (substitutes); {@code amount}
     * is null while a rate it needs is missing. Lines already approved show their frozen amount; a
     * {@code adjustment} line is the difference a later change made.
     */
    public record Line(String sourceId, LineKind kind, String description, LocalDate date, BigDecimal quantity,
                       BigDecimal amount, LineStatus status, String periodId, boolean adjustment,
                       List<String> eventIds) {
    }

    public record GroupCosts(String groupId, String name, BigDecimal arrangements, BigDecimal travel,
                             BigDecimal arrangementsBudget, BigDecimal budgetLeft) {
    }

    public record Participant(String personId, int meetingsAttended, int minutesAttended, int vesoDays) {
    }

    /** For employers that book their staff's meeting hours as salary cost (Opelix). */
    public record Employer(String employer, int participants, BigDecimal meetingHours, BigDecimal travelCosts) {
    }

    public record Period(String periodId, String period, BigDecimal total, Instant approvedAt, String payrollReference,
                         LocalDate paidOn) {
    }
}
