package fi.verme.compensation.domain;

import fi.verme.compensation.api.ClaimApproved;
import fi.verme.compensation.api.CompensationAsOfView;
import fi.verme.compensation.api.CompensationRules;
import fi.verme.compensation.api.CompensationRulesSet;
import fi.verme.compensation.api.ExpenseClaimed;
import fi.verme.compensation.api.OrganisingHoursClaimed;
import fi.verme.compensation.api.Payee;
import fi.verme.compensation.api.PaymentPeriodApproved;
import fi.verme.compensation.api.PaymentPeriodPaid;
import fi.verme.compensation.api.PaymentType;
import fi.verme.groups.api.GroupFormed;
import fi.verme.groups.api.GroupMentor;
import fi.verme.groups.api.GroupStarted;
import fi.verme.meetings.api.MeetingHeld;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * A programme year's compensation folded from its events, in order, in memory: the sources owed
 * ({@link OwedSource}), priced by {@link FeeSchedule} under the rules in force after the last event
 * applied, and the amounts approved and paid by then. Events it does not need change nothing.
 */
public final class CompensationHistory {

    private final Map<String, List<String>> mentorsOfGroup = new HashMap<>();
    private CompensationRules rules;
    private final Map<String, OwedSource> owed = new HashMap<>();
    private final Map<String, OwedSource> pendingClaims = new HashMap<>();
    /** The payee of each expense claim, by its source id; a fee or organising hours are owed to their mentor. */
    private final Map<String, Payee> claimPayees = new HashMap<>();
    private final Map<String, List<PaymentPeriodApproved.ApprovedLine>> approvedPeriods = new HashMap<>();
    private final Set<String> paidPeriods = new HashSet<>();

    public void apply(Object event) {
        if (event instanceof GroupFormed e) {
            mentorsOfGroup.put(e.groupId(), e.mentors().stream().map(GroupMentor::mentorId).toList());
        } else if (event instanceof GroupStarted e) {
            OwedSource.planningFees(e, mentorsOfGroup.getOrDefault(e.groupId(), List.of()))
                    .forEach(source -> owed.putIfAbsent(source.sourceId(), source));
        } else if (event instanceof MeetingHeld e) {
            OwedSource.meetingFees(e).forEach(source -> owed.putIfAbsent(source.sourceId(), source));
        } else if (event instanceof CompensationRulesSet e) {
            rules = e.rules();
        } else if (event instanceof OrganisingHoursClaimed e) {
            pendingClaims.put(e.claimId(), OwedSource.claim(e));
        } else if (event instanceof ExpenseClaimed e) {
            pendingClaims.put(e.claimId(), OwedSource.claim(e));
            claimPayees.put(OwedSource.claimSourceId(e.claimId()), e.payee());
        } else if (event instanceof ClaimApproved e && pendingClaims.containsKey(e.claimId())) {
            var claim = pendingClaims.remove(e.claimId());
            owed.put(claim.sourceId(), claim);
        } else if (event instanceof PaymentPeriodApproved e) {
            approvedPeriods.put(e.periodId(), e.lines());
        } else if (event instanceof PaymentPeriodPaid e) {
            paidPeriods.add(e.periodId());
        }
    }

    /**
     * Each mentor's amounts so far, by the mentor whose work or claim it is; nothing is owed before the rules
     * are set. The totals also count what no mentor claimed (a participant's travel).
     */
    public CompensationAsOfView view() {
        var owedBy = new TreeMap<String, BigDecimal>();
        var owedTo = new TreeMap<String, CompensationAsOfView.PayeeOwed>();
        var owedTotal = zero();
        if (rules != null) {
            var schedule = new FeeSchedule(rules);
            for (var source : owed.values()) {
                var amount = schedule.amount(source.priced());
                var owedAmount = amount == null ? BigDecimal.ZERO : amount;
                owedTotal = owedTotal.add(owedAmount);
                if (source.mentorId() != null) {
                    owedBy.merge(source.mentorId(), owedAmount, BigDecimal::add);
                }
                owe(owedTo, source, owedAmount);
            }
        }
        var approvedBy = new TreeMap<String, BigDecimal>();
        var paidBy = new TreeMap<String, BigDecimal>();
        var approvedTotal = zero();
        var paidTotal = zero();
        for (var period : approvedPeriods.entrySet()) {
            boolean paid = paidPeriods.contains(period.getKey());
            for (var line : period.getValue()) {
                approvedTotal = approvedTotal.add(line.amount());
                paidTotal = paid ? paidTotal.add(line.amount()) : paidTotal;
                if (line.mentorId() != null) {
                    approvedBy.merge(line.mentorId(), line.amount(), BigDecimal::add);
                    if (paid) {
                        paidBy.merge(line.mentorId(), line.amount(), BigDecimal::add);
                    }
                }
            }
        }
        var mentorIds = new TreeSet<>(owedBy.keySet());
        mentorIds.addAll(approvedBy.keySet());
        var mentors = mentorIds.stream().map(mentorId -> new CompensationAsOfView.Mentor(mentorId,
                owedBy.getOrDefault(mentorId, zero()), approvedBy.getOrDefault(mentorId, zero()),
                paidBy.getOrDefault(mentorId, zero()))).toList();
        return new CompensationAsOfView(mentors, List.copyOf(owedTo.values()), owedTotal, approvedTotal, paidTotal);
    }

    /** Adds a source's amount to its payee's fees (taxable pay) or reimbursements. */
    private void owe(Map<String, CompensationAsOfView.PayeeOwed> owedTo, OwedSource source, BigDecimal amount) {
        var payee = claimPayees.containsKey(source.sourceId()) ? claimPayees.get(source.sourceId())
                : Payee.mentor(source.mentorId());
        var kind = payee == null ? null : payee.kind();
        var taxable = PaymentType.of(source.priced().kind(), kind) == PaymentType.TAXABLE_PAY;
        var key = kind + "/" + (payee == null ? "" : payee.id());
        var before = owedTo.getOrDefault(key, new CompensationAsOfView.PayeeOwed(payee, zero(), zero()));
        owedTo.put(key, new CompensationAsOfView.PayeeOwed(payee,
                taxable ? before.fees().add(amount) : before.fees(),
                taxable ? before.reimbursements() : before.reimbursements().add(amount)));
    }

    private static BigDecimal zero() {
        return BigDecimal.ZERO.setScale(2);
    }
}
