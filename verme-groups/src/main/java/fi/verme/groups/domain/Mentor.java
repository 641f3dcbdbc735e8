package fi.verme.groups.domain;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import fi.verme.groups.api.ChangeMentorDetails;
import fi.verme.groups.api.MentorAlreadyRegisteredException;
import fi.verme.groups.api.MentorDetailsChanged;
import fi.verme.groups.api.MentorRegistered;
import fi.verme.groups.api.RegisterMentor;
import fi.verme.shared.InvalidInputException;
import fi.verme.shared.ProgrammeYear;
import java.time.Clock;
import java.time.LocalDate;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

/** A trained peer mentor. Name and e-mail stay in the person register; the mentor holds the person's id. */
@Aggregate
class Mentor {

    @AggregateIdentifier
    private String id;

    protected Mentor() {
        // for Axon
    }

    @CommandHandler
    Mentor(RegisterMentor command, MentorDirectory mentors, Clock clock) {
        requireValidDetails(command.organisation(), command.trainingYear(), command.trainingProvider(), clock);
        if (!ProgrammeYear.isOrganiser(command.organiser())) {
            throw new InvalidInputException("organiser",
                    "the organiser the mentor belongs to: an organiser slug, e.g. seinajoki");
        }
        mentors.mentorOf(command.personId()).ifPresent(existing -> {
            throw new MentorAlreadyRegisteredException(existing);
        });
        apply(new MentorRegistered(command.mentorId(), command.personId(), command.organisation().strip(),
                command.trainingYear(), command.trainingProvider().strip(), clock.instant(), command.organiser()));
    }

    @CommandHandler
    void handle(ChangeMentorDetails command, Clock clock) {
        requireValidDetails(command.organisation(), command.trainingYear(), command.trainingProvider(), clock);
        apply(new MentorDetailsChanged(id, command.organisation().strip(), command.trainingYear(),
                command.trainingProvider().strip()));
    }

    @EventSourcingHandler
    void on(MentorRegistered event) {
        id = event.mentorId();
    }

    private static void requireValidDetails(String organisation, int trainingYear, String provider, Clock clock) {
        if (organisation == null || organisation.isBlank() || organisation.length() > 200) {
            throw new InvalidInputException("organisation", "the mentor's organisation, 1-200 characters");
        }
        int thisYear = LocalDate.now(clock).getYear();
        if (trainingYear < RegisterMentor.FIRST_TRAINING_YEAR || trainingYear > thisYear) {
            throw new InvalidInputException("trainingYear",
                    "the year of the mentor's Verme training, " + RegisterMentor.FIRST_TRAINING_YEAR + " to " + thisYear);
        }
        if (provider == null || provider.isBlank() || provider.length() > 200) {
            throw new InvalidInputException("trainingProvider", "who gave the training, 1-200 characters");
        }
    }
}
