package fi.verme.compensation.web;

import fi.verme.compensation.api.ApproveClaim;
import fi.verme.compensation.api.ApprovePaymentPeriod;
import fi.verme.compensation.api.ClaimExpense;
import fi.verme.compensation.api.ClaimForGroupNotLedException;
import fi.verme.compensation.api.ClaimNotFoundException;
import fi.verme.compensation.api.ClaimNotOwnException;
import fi.verme.compensation.api.ClaimOrganisingHours;
import fi.verme.compensation.api.ClaimStatus;
import fi.verme.compensation.api.ClaimView;
import fi.verme.compensation.api.CompensationRules;
import fi.verme.compensation.api.CompensationView;
import fi.verme.compensation.api.EmployerRateView;
import fi.verme.compensation.api.FindClaim;
import fi.verme.compensation.api.FindClaimYear;
import fi.verme.compensation.api.FindCompensation;
import fi.verme.compensation.api.FindCompensationRules;
import fi.verme.compensation.api.FindPaymentPeriod;
import fi.verme.compensation.api.FindPeriodYear;
import fi.verme.compensation.api.FindVeso;
import fi.verme.compensation.api.ListClaims;
import fi.verme.compensation.api.ListMentorClaims;
import fi.verme.compensation.api.ListEmployerRates;
import fi.verme.compensation.api.MarkPeriodPaid;
import fi.verme.compensation.api.Payee;
import fi.verme.compensation.api.PayeeKind;
import fi.verme.compensation.api.PaymentPeriodNotFoundException;
import fi.verme.compensation.api.PaymentPeriodView;
import fi.verme.compensation.api.RejectClaim;
import fi.verme.compensation.api.RulesView;
import fi.verme.compensation.api.SetCompensationRules;
import fi.verme.compensation.api.SetEmployerSalaryCost;
import fi.verme.compensation.api.VesoView;
import fi.verme.enrolment.api.ContactDetails;
import fi.verme.enrolment.api.FindPersons;
import fi.verme.enrolment.api.PersonNotFoundException;
import fi.verme.enrolment.api.PersonView;
import fi.verme.enrolment.api.RegisterPerson;
import fi.verme.groups.api.FindMentor;
import fi.verme.groups.api.MentorView;
import fi.verme.shared.InvalidInputException;
import fi.verme.shared.ProgrammeYear;
import jakarta.validation.Valid;
import java.net.URI;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestAttribute;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api")
class CompensationController {

    /** Set by the application when a mentor claims: the claim must be for the mentor themself. */
    static final String CLAIMANT = "verme.claimantPersonId";

    private final CommandGateway commands;
    private final QueryGateway queries;

    CompensationController(CommandGateway commands, QueryGateway queries) {
        this.commands = commands;
        this.queries = queries;
    }

    /** The body names the fields to set (and/or a preset to start from); what it leaves out stays. */
    @PutMapping("/programmes/{organiser}/{schoolYear}/compensation-rules")
    RulesView setRules(@PathVariable String organiser, @PathVariable String schoolYear,
                       @RequestBody CompensationRules change) {
        commands.sendAndWait(new SetCompensationRules(new ProgrammeYear(organiser, schoolYear), change));
        return rules(organiser, schoolYear);
    }

    @GetMapping("/programmes/{organiser}/{schoolYear}/compensation-rules")
    RulesView rules(@PathVariable String organiser, @PathVariable String schoolYear) {
        return queries.query(new FindCompensationRules(new ProgrammeYear(organiser, schoolYear)), RulesView.class)
                .join();
    }

    /**
     * A claim. A mentor claims for themself, for their own groups (or for no group: the mentors' joint planning
     * meeting); a participant's travel, which is no mentor's claim, is recorded by the coordinator or finance.
     * A person named as payee must be in the register ({@code POST …/payees} puts a substitute there).
     */
    @PostMapping("/programmes/{organiser}/{schoolYear}/claims")
    @ResponseStatus(HttpStatus.CREATED)
    ResponseEntity<ClaimView> claim(@PathVariable String organiser, @PathVariable String schoolYear,
                                    @Valid @RequestBody ClaimRequest body,
                                    @RequestAttribute(name = CLAIMANT, required = false) String claimant) {
        var year = new ProgrammeYear(organiser, schoolYear);
        var named = body.mentorId() == null ? Optional.<MentorView>empty()
                : queries.query(new FindMentor(body.mentorId()), ResponseTypes.optionalInstanceOf(MentorView.class))
                .join();
        if (claimant != null) {
            // A participant's claim is not a mentor's to file; their own id left out is a mistake in the input.
            if (body.participantId() != null) {
                throw new ClaimNotOwnException();
            }
            if (body.mentorId() == null) {
                throw new InvalidInputException("mentorId", "your own mentor id, as GET /api/me gives it");
            }
            var mentor = named.filter(m -> m.personId().equals(claimant)).orElseThrow(ClaimNotOwnException::new);
            // A mentor's claim tied to a group is for one of their own groups; a coordinator or finance
            // filing for a mentor meets the same rule in the programme year's claims, as invalid input.
            if (body.groupId() != null && mentor.groups().stream().noneMatch(g -> g.groupId().equals(body.groupId()))) {
                throw new ClaimForGroupNotLedException(body.groupId());
            }
        }
        // An erased mentor is owed nothing more: their id would name a payee without a name or an employee number.
        if (named.filter(MentorView::erased).isPresent()) {
            throw new InvalidInputException("mentorId", "a registered mentor whose person is not erased");
        }
        if (body.payee() != null && body.payee().kind() == PayeeKind.PERSON && (body.payee().id() == null
                || !inRegister(body.payee().id()))) {
            throw new InvalidInputException("payee", "a person in the register: payee.id as POST …/payees answered it");
        }
        // A participant's travel is owed to them unless the claim names another payee: an erased one is owed nothing.
        if (body.participantId() != null && body.payee() == null && !inRegister(body.participantId())) {
            throw new InvalidInputException("participantId", "a person in the register enrolled in " + year);
        }
        // Each kind of claim is measured one way; a measure it does not take is refused, never dropped.
        if (body.kind() == null && (body.amount() != null || body.days() != null)) {
            throw new InvalidInputException(body.amount() != null ? "amount" : "days",
                    "left out: organising hours are claimed in hours; an expense names its kind");
        }
        if (body.kind() != null && body.hours() != null) {
            throw new InvalidInputException("hours", "left out: an expense is claimed in euros, a substitute in days");
        }
        var claimId = UUID.randomUUID().toString();
        if (body.kind() == null) {
            commands.sendAndWait(new ClaimOrganisingHours(claimId, year, body.mentorId(), body.hours(), body.date(),
                    body.description()));
        } else {
            commands.sendAndWait(new ClaimExpense(claimId, year, body.mentorId(), body.groupId(), body.kind(),
                    body.amount(), body.days(), body.receiptReference(), body.date(), body.employer(), body.payee(),
                    body.participantId()));
        }
        return ResponseEntity.created(URI.create("/api/claims/" + claimId)).body(claim(claimId));
    }

    /**
     * Puts a person to be paid in the register, or finds them there by e-mail (a substitute paid for their
     * day, say), and answers with the payee to name in a claim.
     */
    @PostMapping("/programmes/{organiser}/{schoolYear}/payees")
    ResponseEntity<PayeeCreated> payee(@PathVariable String organiser, @PathVariable String schoolYear,
                                       @Valid @RequestBody PayeeRequest body) {
        String personId = commands.sendAndWait(new RegisterPerson(UUID.randomUUID().toString(),
                new ContactDetails(body.firstName().strip(), body.lastName().strip(), body.email().strip(),
                        body.phone() == null || body.phone().isBlank() ? null : body.phone().strip())));
        return ResponseEntity.status(HttpStatus.CREATED).body(new PayeeCreated(Payee.person(personId),
                body.firstName().strip() + " " + body.lastName().strip()));
    }

    /** Finance's hourly salary cost of an employer's staff, for the employer report; answers every employer's. */
    @PutMapping("/programmes/{organiser}/{schoolYear}/employer-rates")
    List<EmployerRateView> employerRate(@PathVariable String organiser, @PathVariable String schoolYear,
                                        @Valid @RequestBody EmployerRateRequest body) {
        var year = new ProgrammeYear(organiser, schoolYear);
        commands.sendAndWait(new SetEmployerSalaryCost(year, body.employer(), body.hourlySalaryCost()));
        return queries.query(new ListEmployerRates(year), ResponseTypes.multipleInstancesOf(EmployerRateView.class))
                .join();
    }

    /** The year's claims, for finance to approve: {@code ?status=PENDING} for those still waiting. */
    @GetMapping("/programmes/{organiser}/{schoolYear}/claims")
    List<ClaimView> claims(@PathVariable String organiser, @PathVariable String schoolYear,
                           @RequestParam(required = false) ClaimStatus status) {
        return queries.query(new ListClaims(new ProgrammeYear(organiser, schoolYear), status),
                ResponseTypes.multipleInstancesOf(ClaimView.class)).join();
    }

    /** A mentor's own claims of every year, newest first, with how each stands (the mentor's own page). */
    @GetMapping("/mentors/{mentorId}/claims")
    List<ClaimView> mentorClaims(@PathVariable String mentorId) {
        return queries.query(new ListMentorClaims(mentorId), ResponseTypes.multipleInstancesOf(ClaimView.class))
                .join();
    }

    @GetMapping("/claims/{claimId}")
    ClaimView claim(@PathVariable String claimId) {
        return queries.query(new FindClaim(claimId), ResponseTypes.optionalInstanceOf(ClaimView.class)).join()
                .orElseThrow(() -> new ClaimNotFoundException(claimId));
    }

    @PostMapping("/claims/{claimId}/approve")
    ClaimView approve(@PathVariable String claimId) {
        commands.sendAndWait(new ApproveClaim(yearOfClaim(claimId), claimId));
        return claim(claimId);
    }

    @PostMapping("/claims/{claimId}/reject")
    ClaimView reject(@PathVariable String claimId, @Valid @RequestBody RejectionRequest body) {
        commands.sendAndWait(new RejectClaim(yearOfClaim(claimId), claimId, body.reason()));
        return claim(claimId);
    }

    @GetMapping("/programmes/{organiser}/{schoolYear}/compensation")
    CompensationView compensation(@PathVariable String organiser, @PathVariable String schoolYear) {
        return queries.query(new FindCompensation(new ProgrammeYear(organiser, schoolYear)), CompensationView.class)
                .join();
    }

    @PostMapping("/programmes/{organiser}/{schoolYear}/payment-periods")
    @ResponseStatus(HttpStatus.CREATED)
    ResponseEntity<PaymentPeriodView> approvePeriod(@PathVariable String organiser, @PathVariable String schoolYear,
                                                    @Valid @RequestBody PeriodRequest body) {
        var periodId = UUID.randomUUID().toString();
        commands.sendAndWait(new ApprovePaymentPeriod(periodId, new ProgrammeYear(organiser, schoolYear),
                body.period()));
        return ResponseEntity.created(URI.create("/api/payment-periods/" + periodId)).body(period(periodId));
    }

    @GetMapping("/payment-periods/{periodId}")
    PaymentPeriodView period(@PathVariable String periodId) {
        return queries.query(new FindPaymentPeriod(periodId), ResponseTypes.optionalInstanceOf(PaymentPeriodView.class))
                .join().orElseThrow(() -> new PaymentPeriodNotFoundException(periodId));
    }

    @PostMapping("/payment-periods/{periodId}/paid")
    PaymentPeriodView paid(@PathVariable String periodId, @Valid @RequestBody PaidRequest body) {
        var year = queries.query(new FindPeriodYear(periodId), ResponseTypes.optionalInstanceOf(ProgrammeYear.class))
                .join().orElseThrow(() -> new PaymentPeriodNotFoundException(periodId));
        commands.sendAndWait(new MarkPeriodPaid(year, periodId, body.payrollReference()));
        return period(periodId);
    }

    /** {@code programme}: the programme year as {@code organiser/schoolYear}. */
    @GetMapping("/persons/{personId}/veso")
    VesoView veso(@PathVariable String personId, @RequestParam String programme) {
        if (!inRegister(personId)) {
            throw new PersonNotFoundException(personId); // not a row of zeros for an id mistyped or erased
        }
        return queries.query(new FindVeso(personId, ProgrammeYear.fromId(programme)), VesoView.class).join();
    }

    private ProgrammeYear yearOfClaim(String claimId) {
        return queries.query(new FindClaimYear(claimId), ResponseTypes.optionalInstanceOf(ProgrammeYear.class)).join()
                .orElseThrow(() -> new ClaimNotFoundException(claimId));
    }

    /** Whether the person register has the person (an erased one it has not). */
    private boolean inRegister(String personId) {
        return !queries.query(new FindPersons(List.of(personId)), ResponseTypes.multipleInstancesOf(PersonView.class))
                .join().isEmpty();
    }

}
