package fi.verme.compensation.domain;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import fi.verme.compensation.api.ApprovePaymentPeriod;
import fi.verme.compensation.api.CompensationKey;
import fi.verme.compensation.api.MarkPeriodPaid;
import fi.verme.compensation.api.NothingOwedException;
import fi.verme.compensation.api.NothingToApproveException;
import fi.verme.compensation.api.PaymentPeriodApproved.ApprovedLine;
import fi.verme.compensation.api.PaymentPeriodApproved;
import fi.verme.compensation.api.PaymentPeriodNotFoundException;
import fi.verme.compensation.api.PaymentPeriodPaid;
import fi.verme.compensation.api.PeriodAlreadyPaidException;
import fi.verme.compensation.api.RateMissingException;
import fi.verme.compensation.api.RulesPayNothingException;
import fi.verme.shared.InvalidInputException;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;

/**
 * A programme year's approved payments. It remembers what has been approved for each source, so a
 * period approves only what is owed beyond that: a new source in full, and a changed amount (say, a
 * new hourly fee) as an adjustment. Approved amounts are never rewritten.
 */
@Aggregate(snapshotTriggerDefinition = "longHistorySnapshots")
class PaymentLedger {

    /** How many months after its school year a programme year's last work may still be paid. */
    static final int PAID_AFTER_THE_YEAR = 6;

    @AggregateIdentifier
    private String id;
    private final Map<String, BigDecimal> approvedBySource = new HashMap<>();
    private final Set<String> periods = new HashSet<>();
    private final Set<String> paid = new HashSet<>();

    protected PaymentLedger() {
        // for Axon
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    void handle(ApprovePaymentPeriod c, Entitlements entitlements, Clock clock) {
        if (!isMonth(c.period())) {
            throw new InvalidInputException("period", "the month paid, written YYYY-MM with a month from 01 to 12, "
                    + "e.g. 2026-12");
        }
        // Paid in a month of the school year, or in one of the six after it, when its last months' work is paid.
        var first = YearMonth.from(c.programmeYear().firstDay());
        var last = YearMonth.from(c.programmeYear().lastDay()).plusMonths(PAID_AFTER_THE_YEAR);
        var month = YearMonth.parse(c.period());
        if (month.isBefore(first) || month.isAfter(last)) {
            throw new InvalidInputException("period", "a month of the school year or of the " + PAID_AFTER_THE_YEAR
                    + " after it, from " + first + " to " + last);
        }
        var owed = entitlements.owed(c.programmeYear());
        if (owed.entitlements().stream().anyMatch(e -> e.amount() == null)) {
            throw RateMissingException.toApprove(owed.missingRates());
        }
        var lines = new ArrayList<ApprovedLine>();
        for (var entitlement : owed.entitlements()) {
            var before = approvedBySource.get(entitlement.sourceId());
            var difference = entitlement.amount().subtract(before == null ? BigDecimal.ZERO : before);
            if (difference.signum() != 0) {
                lines.add(new ApprovedLine(entitlement.sourceId(), entitlement.mentorId(), entitlement.kind(),
                        difference, entitlement.quantity(), before != null));
            }
        }
        if (lines.isEmpty()) {
            if (owed.paysNothing()) {
                throw new RulesPayNothingException(c.programmeYear());
            }
            if (periods.isEmpty()) {
                throw new NothingOwedException(c.programmeYear());
            }
            throw new NothingToApproveException(c.programmeYear());
        }
        var total = lines.stream().map(ApprovedLine::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
        apply(new PaymentPeriodApproved(c.periodId(), c.programmeYear(), c.period().strip(), lines, total,
                clock.instant()));
    }

    @CommandHandler
    void handle(MarkPeriodPaid c, Clock clock) {
        if (!periods.contains(c.periodId())) {
            throw new PaymentPeriodNotFoundException(c.periodId());
        }
        if (paid.contains(c.periodId())) {
            throw new PeriodAlreadyPaidException(c.periodId());
        }
        if (c.payrollReference() == null || c.payrollReference().isBlank() || c.payrollReference().length() > 100) {
            throw new InvalidInputException("payrollReference", "the payroll system's reference, 1-100 characters");
        }
        apply(new PaymentPeriodPaid(c.periodId(), c.programmeYear(), c.payrollReference().strip(),
                LocalDate.now(clock)));
    }

    @EventSourcingHandler
    void on(PaymentPeriodApproved e) {
        id = CompensationKey.payments(e.programmeYear());
        periods.add(e.periodId());
        e.lines().forEach(line -> approvedBySource.merge(line.sourceId(), line.amount(), BigDecimal::add));
    }

    @EventSourcingHandler
    void on(PaymentPeriodPaid e) {
        paid.add(e.periodId());
    }

    /** A payment period is a calendar month: {@code 2026-13} or {@code 2026-1} is no month. */
    private static boolean isMonth(String period) {
        if (period == null || !period.matches("\\d{4}-\\d{2}")) {
            return false;
        }
        try {
            YearMonth.parse(period);
            return true;
        } catch (java.time.format.DateTimeParseException e) {
            return false;
        }
    }
}
