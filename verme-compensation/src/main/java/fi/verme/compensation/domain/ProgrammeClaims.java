package fi.verme.compensation.domain;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import fi.verme.compensation.api.ApproveClaim;
import fi.verme.compensation.api.BudgetExceededException;
import fi.verme.compensation.api.ClaimAlreadyDecidedException;
import fi.verme.compensation.api.ClaimApproved;
import fi.verme.compensation.api.ClaimExpense;
import fi.verme.compensation.api.ClaimNotFoundException;
import fi.verme.compensation.api.ClaimOrganisingHours;
import fi.verme.compensation.api.ClaimRejected;
import fi.verme.compensation.api.ClaimStatus;
import fi.verme.compensation.api.CompensationKey;
import fi.verme.compensation.api.CompensationRules;
import fi.verme.compensation.api.CompensationRulesNotSetException;
import fi.verme.compensation.api.DuplicateReceiptException;
import fi.verme.compensation.api.ExpenseClaimed;
import fi.verme.compensation.api.ExpenseKind;
import fi.verme.compensation.api.ExpenseNotReimbursedException;
import fi.verme.compensation.api.OrganisingHoursCapExceededException;
import fi.verme.compensation.api.OrganisingHoursClaimed;
import fi.verme.compensation.api.Payee;
import fi.verme.compensation.api.RateMissingException;
import fi.verme.compensation.api.RejectClaim;
import fi.verme.shared.InvalidInputException;
import fi.verme.shared.ProgrammeYear;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.serialization.Revision;
import org.axonframework.spring.stereotype.Aggregate;

/**
 * A programme year's claims. The organising-hours cap of each mentor and the arrangements budget of
 * each group are invariants of this one aggregate, so concurrent claims cannot together pass them.
 */
@Aggregate(snapshotTriggerDefinition = "longHistorySnapshots")
@Revision("2") // 2: a claim keeps its receipt and payee (duplicate receipts); snapshots of 1 are read from the events
class ProgrammeClaims {

    static final BigDecimal MAX_AMOUNT = new BigDecimal("10000");
    static final String PAYEE_OF_SUBSTITUTE = "the employer that hired the substitute (payee {kind: EMPLOYER, id: "
            + "its name}, or employer) or the substitute (payee {kind: PERSON, id: their person id}); never the mentor";

    @AggregateIdentifier
    private String id;
    /** In the order claimed, so that a duplicate names the first claim of its receipt. */
    private final Map<String, Claim> claims = new LinkedHashMap<>();

    /** {@code hours} for organising, {@code amount} for arrangements (what the caps count). */
    private record Claim(String mentorId, String groupId, ExpenseKind kind, BigDecimal hours, BigDecimal amount,
                         String receipt, Payee payee, ClaimStatus status) {

        Claim decided(ClaimStatus decision) {
            return new Claim(mentorId, groupId, kind, hours, amount, receipt, payee, decision);
        }
    }

    protected ProgrammeClaims() {
        // for Axon
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    void handle(ClaimOrganisingHours c, Directory directory, Clock clock) {
        var rules = rulesOf(c.programmeYear(), directory);
        requireMentor(c.mentorId(), directory);
        requireMentorOfYear(c.mentorId(), c.programmeYear(), directory);
        requireDate(c.date(), c.programmeYear(), clock);
        // The size is bounded before any sum: 1e4000000 would otherwise cost seconds of arithmetic at the cap.
        if (c.hours() == null || c.hours().signum() <= 0
                || c.hours().compareTo(ProgrammeCompensationRules.MAX_HOURS) > 0
                || c.hours().stripTrailingZeros().scale() > 2) {
            throw new InvalidInputException("hours", "hours of organising work, more than 0 and at most "
                    + ProgrammeCompensationRules.MAX_HOURS + ", at most two decimals");
        }
        if (c.description() == null || c.description().isBlank() || c.description().length() > 300) {
            throw new InvalidInputException("description", "what the work was, 1-300 characters, naming no one");
        }
        var cap = FeeSchedule.orZero(rules.organisingHoursCap());
        var claimed = claims.values().stream()
                .filter(claim -> claim.kind() == null && claim.mentorId().equals(c.mentorId())
                        && claim.status() != ClaimStatus.REJECTED)
                .map(Claim::hours).reduce(BigDecimal.ZERO, BigDecimal::add);
        if (claimed.add(c.hours()).compareTo(cap) > 0) {
            throw new OrganisingHoursCapExceededException(claimed, cap);
        }
        apply(new OrganisingHoursClaimed(c.claimId(), c.programmeYear(), c.mentorId(), c.hours(), c.date(),
                c.description().strip()));
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    void handle(ClaimExpense c, Directory directory, Clock clock) {
        var rules = rulesOf(c.programmeYear(), directory);
        if (c.kind() == null) {
            throw new InvalidInputException("kind", "ARRANGEMENTS, TRAVEL or SUBSTITUTE");
        }
        var participantEmployer = participantEmployer(c, directory);
        if (participantEmployer == null || c.mentorId() != null) {
            requireMentor(c.mentorId(), directory);
        }
        requireDate(c.date(), c.programmeYear(), clock);
        requireGroup(c, directory);
        if (c.kind() == ExpenseKind.SUBSTITUTE) {
            if (c.days() == null || c.days().signum() <= 0 || c.days().compareTo(BigDecimal.TEN) > 0
                    || c.days().stripTrailingZeros().scale() > 1) {
                throw new InvalidInputException("days", "days of substitute, more than 0 and at most 10, e.g. 0.5");
            }
            if (c.amount() != null) {
                throw new InvalidInputException("amount", "left out: a substitute is paid by days at the year's day rate");
            }
        } else if (c.days() != null) {
            throw new InvalidInputException("days", "left out: only a substitute is counted in days");
        } else if (c.amount() == null || c.amount().signum() <= 0 || c.amount().compareTo(MAX_AMOUNT) > 0
                || c.amount().stripTrailingZeros().scale() > 2) {
            throw new InvalidInputException("amount", "euros and cents, more than 0 and at most " + MAX_AMOUNT);
        }
        var receipt = c.receiptReference() == null || c.receiptReference().isBlank() ? null
                : c.receiptReference().strip();
        if ((c.kind() != ExpenseKind.SUBSTITUTE && receipt == null) || (receipt != null && receipt.length() > 100)) {
            throw new InvalidInputException("receiptReference", "the receipt's reference, 1-100 characters");
        }
        // The input is checked before the year's rules, so that a mistake in it is told as such whatever the rules.
        boolean allowed = switch (c.kind()) {
            case ARRANGEMENTS -> rules.arrangementsReimbursed();
            case TRAVEL -> rules.travelReimbursed();
            case SUBSTITUTE -> rules.substitutesAllowed();
        };
        if (!allowed) {
            throw new ExpenseNotReimbursedException(c.kind());
        }
        var employer = participantEmployer != null ? participantEmployer : employer(c.employer());
        var payee = payee(c, participantEmployer != null, employer, directory);
        if (receipt != null) {
            claims.entrySet().stream()
                    .filter(claim -> claim.getValue().status() != ClaimStatus.REJECTED
                            && receipt.equalsIgnoreCase(claim.getValue().receipt())
                            && payee.sameAs(claim.getValue().payee()))
                    .findFirst().ifPresent(claim -> {
                        throw new DuplicateReceiptException(receipt, claim.getKey());
                    });
        }
        if (c.kind() == ExpenseKind.ARRANGEMENTS) {
            var budget = rules.arrangementsBudgetPerGroup();
            if (budget == null) {
                throw RateMissingException.arrangementsBudget();
            }
            var spent = claims.values().stream()
                    .filter(claim -> claim.kind() == ExpenseKind.ARRANGEMENTS && c.groupId().equals(claim.groupId())
                            && claim.status() != ClaimStatus.REJECTED)
                    .map(Claim::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
            if (spent.add(c.amount()).compareTo(budget) > 0) {
                throw new BudgetExceededException(spent, budget);
            }
        }
        apply(new ExpenseClaimed(c.claimId(), c.programmeYear(), c.mentorId(), c.groupId(), c.kind(),
                c.kind() == ExpenseKind.SUBSTITUTE ? null : FeeSchedule.cents(c.amount()),
                c.kind() == ExpenseKind.SUBSTITUTE ? c.days() : null, receipt, c.date(), employer, payee,
                participantEmployer == null ? null : c.participantId()));
    }

    /**
     * The employer of the participant whose travel this is, from their enrolment in the year; null when the
     * claim names no participant.
     */
    private static String participantEmployer(ClaimExpense c, Directory directory) {
        if (c.participantId() == null) {
            return null;
        }
        if (c.kind() != ExpenseKind.TRAVEL) {
            throw new InvalidInputException("participantId", "left out: only travel is recorded for a participant");
        }
        return directory.employerOfParticipant(c.participantId(), c.programmeYear())
                .orElseThrow(() -> new InvalidInputException("participantId", "the person id of someone enrolled in "
                        + c.programmeYear()));
    }

    /**
     * Arrangements are a group's, within its budget. A substitute or travel may belong to no group: a substitute
     * for the mentors' joint planning meeting (Seinäjoki), travel to a joint meeting; the mentor then plans for
     * the year's organiser or leads one of its groups.
     */
    private static void requireGroup(ClaimExpense c, Directory directory) {
        if (c.groupId() == null && c.kind() != ExpenseKind.ARRANGEMENTS) {
            if (c.mentorId() != null) {
                requireMentorOfYear(c.mentorId(), c.programmeYear(), directory);
            }
            return;
        }
        if (c.groupId() == null || !directory.yearOfGroup(c.groupId()).map(c.programmeYear()::equals).orElse(false)) {
            throw new InvalidInputException("groupId", "a group of " + c.programmeYear());
        }
        if (c.mentorId() != null && !directory.leadsGroup(c.mentorId(), c.groupId())) {
            throw new InvalidInputException("groupId", "a group of " + c.programmeYear() + " that the mentor leads");
        }
    }

    private static String employer(String name) {
        if (name == null || name.isBlank()) {
            return null;
        }
        if (name.strip().length() > 200) {
            throw new InvalidInputException("employer", "the employer's name, 1-200 characters");
        }
        return name.strip();
    }

    /**
     * Who is owed: as the claim says, or by default whoever paid: the mentor for receipts of their own, the
     * participant for their travel. A substitute's day is never owed to the mentor: to the employer that hired
     * the substitute, or to the substitute, who is someone else than the mentor.
     */
    private static Payee payee(ClaimExpense c, boolean participantTravel, String employer, Directory directory) {
        var given = c.payee();
        if (given == null || given.kind() == null) {
            if (c.kind() == ExpenseKind.SUBSTITUTE) {
                if (employer == null) {
                    throw new InvalidInputException("payee", PAYEE_OF_SUBSTITUTE);
                }
                return Payee.employer(employer);
            }
            return participantTravel ? Payee.person(c.participantId()) : Payee.mentor(c.mentorId());
        }
        return switch (given.kind()) {
            case MENTOR -> {
                if (c.kind() == ExpenseKind.SUBSTITUTE) {
                    throw new InvalidInputException("payee", PAYEE_OF_SUBSTITUTE);
                }
                if (c.mentorId() == null || given.id() != null && !given.id().equals(c.mentorId())) {
                    throw new InvalidInputException("payee", "the mentor of the claim (mentorId), or a person or an "
                            + "employer");
                }
                yield Payee.mentor(c.mentorId());
            }
            case PERSON -> {
                if (given.id() == null || given.id().isBlank() || given.id().length() > 64) {
                    throw new InvalidInputException("payee", "a person's id in the register (payee.id)");
                }
                // The mentor named as a person is still the mentor: their own substitute is not paid to them.
                if (c.kind() == ExpenseKind.SUBSTITUTE && c.mentorId() != null
                        && directory.personOfMentor(c.mentorId()).map(given.id().strip()::equals).orElse(false)) {
                    throw new InvalidInputException("payee", PAYEE_OF_SUBSTITUTE);
                }
                yield Payee.person(given.id().strip());
            }
            case EMPLOYER -> {
                var name = given.id() == null || given.id().isBlank() ? employer : employer(given.id());
                if (name == null) {
                    throw new InvalidInputException("payee", "the employer's name (payee.id), 1-200 characters");
                }
                yield Payee.employer(name);
            }
        };
    }

    @CommandHandler
    void handle(ApproveClaim c) {
        requirePending(c.claimId());
        apply(new ClaimApproved(c.claimId(), c.programmeYear()));
    }

    @CommandHandler
    void handle(RejectClaim c) {
        requirePending(c.claimId());
        if (c.reason() == null) {
            throw new InvalidInputException("reason", "a rejection reason code");
        }
        apply(new ClaimRejected(c.claimId(), c.programmeYear(), c.reason()));
    }

    private void requirePending(String claimId) {
        var claim = claims.get(claimId);
        if (claim == null) {
            throw new ClaimNotFoundException(claimId);
        }
        if (claim.status() != ClaimStatus.PENDING) {
            throw new ClaimAlreadyDecidedException(claim.status());
        }
    }

    private static CompensationRules rulesOf(ProgrammeYear year, Directory directory) {
        return directory.rules(year).orElseThrow(() -> new CompensationRulesNotSetException(year));
    }

    private static void requireMentor(String mentorId, Directory directory) {
        if (mentorId == null || !directory.mentorExists(mentorId)) {
            throw new InvalidInputException("mentorId", "the id of a registered mentor");
        }
    }

    /**
     * Organising hours are paid by the programme year's organiser: to its own mentors, or to a mentor
     * (of another organiser, or registered before mentors had one) who leads one of its groups that year.
     */
    private static void requireMentorOfYear(String mentorId, ProgrammeYear year, Directory directory) {
        if (!directory.organiserOfMentor(mentorId).map(year.organiser()::equals).orElse(false)
                && !directory.leadsGroupIn(mentorId, year)) {
            throw new InvalidInputException("mentorId", "a mentor of " + year.organiser()
                    + " or one leading a group of " + year);
        }
    }

    private static void requireDate(LocalDate date, ProgrammeYear year, Clock clock) {
        var today = LocalDate.now(clock);
        if (date == null || date.isBefore(year.firstDay()) || date.isAfter(year.lastDay()) || date.isAfter(today)) {
            var last = year.lastDay().isBefore(today) ? year.lastDay() : today;
            throw new InvalidInputException("date", "a day of the school year " + year.schoolYear() + " up to today: "
                    + (last.isBefore(year.firstDay()) ? "none yet, it begins on " + year.firstDay()
                    : "from " + year.firstDay() + " to " + last));
        }
    }

    @EventSourcingHandler
    void on(OrganisingHoursClaimed e) {
        id = CompensationKey.claims(e.programmeYear());
        claims.put(e.claimId(), new Claim(e.mentorId(), null, null, e.hours(), null, null, null,
                ClaimStatus.PENDING));
    }

    @EventSourcingHandler
    void on(ExpenseClaimed e) {
        id = CompensationKey.claims(e.programmeYear());
        claims.put(e.claimId(), new Claim(e.mentorId(), e.groupId(), e.kind(), null, e.amount(),
                e.receiptReference(), e.payee(), ClaimStatus.PENDING));
    }

    @EventSourcingHandler
    void on(ClaimApproved e) {
        claims.computeIfPresent(e.claimId(), (k, claim) -> claim.decided(ClaimStatus.APPROVED));
    }

    @EventSourcingHandler
    void on(ClaimRejected e) {
        claims.computeIfPresent(e.claimId(), (k, claim) -> claim.decided(ClaimStatus.REJECTED));
    }
}
