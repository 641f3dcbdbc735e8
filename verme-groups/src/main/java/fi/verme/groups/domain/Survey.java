package fi.verme.groups.domain;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import fi.verme.enrolment.api.EnrolmentCallNotFoundException;
import fi.verme.groups.api.DefineSurvey;
import fi.verme.groups.api.SurveyAlreadyDefinedException;
import fi.verme.groups.api.SurveyDefined;
import fi.verme.shared.InvalidInputException;
import java.time.Clock;
import java.util.List;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

/**
 * A programme year's end-of-year feedback survey, one a year; it opens to each group's members when the group
 * completes.
 */
@Aggregate
class Survey {

    static final int MAX_STATEMENTS = 20;
    static final int MAX_TEXT = 300;

    @AggregateIdentifier
    private String id;

    protected Survey() {
        // for Axon
    }

    @CommandHandler
    Survey(DefineSurvey command, ProgrammeTerms programmes, DefinedSurveys surveys, Clock clock) {
        programmes.of(command.programmeYear())
                .orElseThrow(() -> new EnrolmentCallNotFoundException(command.programmeYear()));
        surveys.surveyOf(command.programmeYear()).ifPresent(existing -> {
            throw new SurveyAlreadyDefinedException(command.programmeYear(), existing);
        });
        var statements = command.statements() == null ? List.<String>of() : command.statements();
        if (statements.isEmpty() || statements.size() > MAX_STATEMENTS
                || statements.stream().anyMatch(s -> s == null || s.isBlank() || s.length() > MAX_TEXT)) {
            throw new InvalidInputException("statements", "1 to " + MAX_STATEMENTS + " statements of 1-" + MAX_TEXT
                    + " characters, answered on a 1-5 agreement scale");
        }
        var question = command.freeTextQuestion();
        if (question != null && (question.isBlank() || question.length() > MAX_TEXT)) {
            throw new InvalidInputException("freeTextQuestion", "a question of 1-" + MAX_TEXT + " characters, or none");
        }
        apply(new SurveyDefined(command.surveyId(), command.programmeYear(),
                statements.stream().map(String::strip).toList(), question == null ? null : question.strip(),
                clock.instant()));
    }

    @EventSourcingHandler
    void on(SurveyDefined event) {
        id = event.surveyId();
    }
}
