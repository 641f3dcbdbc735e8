package fi.verme.enrolment.domain;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import fi.verme.enrolment.api.DuplicateEnrolmentException;
import fi.verme.enrolment.api.EnrolmentAlreadyWithdrawnException;
import fi.verme.enrolment.api.EnrolmentCallNotFoundException;
import fi.verme.enrolment.api.EnrolmentCallNotOpenException;
import fi.verme.enrolment.api.EnrolmentPlaced;
import fi.verme.enrolment.api.EnrolmentSubmitted;
import fi.verme.enrolment.api.EnrolmentWaitlisted;
import fi.verme.enrolment.api.EnrolmentWithdrawn;
import fi.verme.enrolment.api.LateEnrolmentNotAllowedException;
import fi.verme.enrolment.api.RecordPlacement;
import fi.verme.enrolment.api.SubmitEnrolment;
import fi.verme.enrolment.api.WaitlistEnrolment;
import fi.verme.enrolment.api.WithdrawEnrolment;
import fi.verme.shared.InvalidInputException;
import fi.verme.shared.ProgrammeYear;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

/** One person's enrolment in one programme year. */
@Aggregate
class Enrolment {

    static final int MAX_THEME_WISHES = 3;

    @AggregateIdentifier
    private String id;
    private ProgrammeYear programmeYear;
    private String personId;
    private boolean withdrawn;

    protected Enrolment() {
        // for Axon
    }

    @CommandHandler
    Enrolment(SubmitEnrolment command, EnrolmentCalls calls, ActiveEnrolments active, PersonRegister register,
              Clock clock) {
        if (!command.consentToProcessing()) {
            throw new InvalidInputException("consentToProcessing",
                    "true: enrolling needs consent to the processing of personal data");
        }
        if (command.lateReason() != null && !command.byCoordinator()) {
            throw new LateEnrolmentNotAllowedException();
        }
        var programmeYear = command.programmeYear();
        var terms = calls.termsOf(programmeYear).orElseThrow(() -> new EnrolmentCallNotFoundException(programmeYear));
        var today = LocalDate.now(clock);
        boolean late = !terms.isOpenOn(today);
        if (late && (command.lateReason() == null || !terms.hasOpenedBy(today))) {
            throw new EnrolmentCallNotOpenException(programmeYear, terms.opensOn(), terms.closesOn(),
                    terms.hasOpenedBy(today));
        }
        requireWishesFromCall(command.themeWishes(), terms);
        if (command.role() == null || !terms.welcomes(command.role())) {
            throw new InvalidInputException("role", "one of the call's target roles: " + terms.targetRoles());
        }
        String person = register.enrol(command.enrolmentId(), command.contact(), command.candidatePersonId());
        active.enrolmentOf(programmeYear, person).ifPresent(existing -> {
            throw new DuplicateEnrolmentException(programmeYear, existing);
        });
        apply(new EnrolmentSubmitted(command.enrolmentId(), person, programmeYear, command.role(),
                command.employer(), command.unit(), command.careerStage(), List.copyOf(command.themeWishes()),
                command.availability() == null ? List.of() : List.copyOf(command.availability()),
                true, clock.instant(), late ? command.lateReason() : null));
    }

    @CommandHandler
    void handle(WithdrawEnrolment command, Clock clock) {
        if (withdrawn) {
            throw new EnrolmentAlreadyWithdrawnException(id);
        }
        if (command.reason() == null) {
            throw new InvalidInputException("reason", "a withdrawal reason code");
        }
        apply(new EnrolmentWithdrawn(id, personId, programmeYear, command.reason(), clock.instant()));
    }

    @CommandHandler
    void handle(RecordPlacement command, Clock clock) {
        if (withdrawn) {
            throw new EnrolmentAlreadyWithdrawnException(id);
        }
        apply(new EnrolmentPlaced(id, programmeYear, command.groupId(), clock.instant()));
    }

    @CommandHandler
    void handle(WaitlistEnrolment command, Clock clock) {
        if (withdrawn) {
            throw new EnrolmentAlreadyWithdrawnException(id);
        }
        if (command.reason() == null) {
            throw new InvalidInputException("reason", "a waiting-list reason code");
        }
        apply(new EnrolmentWaitlisted(id, programmeYear, command.reason(), clock.instant()));
    }

    @EventSourcingHandler
    void on(EnrolmentSubmitted event) {
        id = event.enrolmentId();
        programmeYear = event.programmeYear();
        personId = event.personId();
    }

    @EventSourcingHandler
    void on(EnrolmentWithdrawn event) {
        withdrawn = true;
    }

    private static void requireWishesFromCall(List<String> wishes, CallTerms terms) {
        var allowed = "1 to " + MAX_THEME_WISHES + " different theme codes of the call, in order of preference: "
                + String.join(", ", terms.themeCodes());
        if (wishes == null || wishes.isEmpty() || wishes.size() > MAX_THEME_WISHES
                || new HashSet<>(wishes).size() != wishes.size()) {
            throw new InvalidInputException("themeWishes", allowed);
        }
        for (int i = 0; i < wishes.size(); i++) {
            if (!terms.themeCodes().contains(wishes.get(i))) {
                throw new InvalidInputException("themeWishes[" + i + "]", allowed);
            }
        }
    }
}
