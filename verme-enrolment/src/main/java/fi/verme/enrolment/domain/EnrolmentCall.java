package fi.verme.enrolment.domain;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import fi.verme.enrolment.api.CloseEnrolmentCall;
import fi.verme.enrolment.api.EnrolmentCallAlreadyClosedException;
import fi.verme.enrolment.api.EnrolmentCallAlreadyOpenedException;
import fi.verme.enrolment.api.EnrolmentCallClosed;
import fi.verme.enrolment.api.EnrolmentCallOpened;
import fi.verme.enrolment.api.OpenEnrolmentCall;
import fi.verme.enrolment.api.Theme;
import fi.verme.shared.InvalidInputException;
import fi.verme.shared.ProgrammeYear;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.regex.Pattern;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

/** A programme year's enrolment call: the themes on offer and when people may enrol. */
@Aggregate
class EnrolmentCall {

    static final Pattern THEME_CODE = Pattern.compile("[A-Za-z0-9_-]{1,32}");
    static final int MAX_THEMES = 40;

    @AggregateIdentifier
    private String id;
    private ProgrammeYear programmeYear;
    private boolean closed;

    protected EnrolmentCall() {
        // for Axon
    }

    @CommandHandler
    EnrolmentCall(OpenEnrolmentCall command, EnrolmentCalls calls) {
        var programmeYear = command.programmeYear();
        if (calls.termsOf(programmeYear).isPresent()) {
            throw new EnrolmentCallAlreadyOpenedException(programmeYear);
        }
        requireValidThemes(command.themes());
        requireValidPeriod(programmeYear, command.opensOn(), command.closesOn());
        apply(new EnrolmentCallOpened(programmeYear, List.copyOf(command.themes()),
                command.targetRoles() == null ? List.of() : List.copyOf(command.targetRoles()),
                command.opensOn(), command.closesOn()));
    }

    @CommandHandler
    void handle(CloseEnrolmentCall command, Clock clock) {
        if (closed) {
            throw new EnrolmentCallAlreadyClosedException(programmeYear);
        }
        apply(new EnrolmentCallClosed(programmeYear, LocalDate.now(clock)));
    }

    @EventSourcingHandler
    void on(EnrolmentCallOpened event) {
        id = event.programmeYear().id();
        programmeYear = event.programmeYear();
    }

    @EventSourcingHandler
    void on(EnrolmentCallClosed event) {
        closed = true;
    }

    private static void requireValidThemes(List<Theme> themes) {
        if (themes == null || themes.isEmpty() || themes.size() > MAX_THEMES) {
            throw new InvalidInputException("themes", "1 to " + MAX_THEMES + " themes");
        }
        var codes = new HashSet<String>();
        for (int i = 0; i < themes.size(); i++) {
            var theme = themes.get(i);
            if (theme == null || theme.code() == null || !THEME_CODE.matcher(theme.code()).matches()) {
                throw new InvalidInputException("themes[" + i + "].code",
                        "1-32 letters a-z, A-Z, digits, '_' or '-'");
            }
            if (theme.name() == null || theme.name().isBlank() || theme.name().length() > 120) {
                throw new InvalidInputException("themes[" + i + "].name", "a name of 1-120 characters");
            }
            if (!codes.add(theme.code())) {
                throw new InvalidInputException("themes[" + i + "].code", "a code not used by another theme");
            }
        }
    }

    /** A call may be announced up to half a year ahead and closes by the end of its school year. */
    private static void requireValidPeriod(ProgrammeYear programmeYear, LocalDate opensOn, LocalDate closesOn) {
        var earliest = programmeYear.firstDay().minusMonths(6);
        if (opensOn == null || opensOn.isBefore(earliest) || opensOn.isAfter(programmeYear.lastDay())) {
            throw new InvalidInputException("opensOn",
                    "a date from " + earliest + " to " + programmeYear.lastDay());
        }
        if (closesOn == null || closesOn.isBefore(opensOn) || closesOn.isAfter(programmeYear.lastDay())) {
            throw new InvalidInputException("closesOn",
                    "a date from opensOn (" + opensOn + ") to " + programmeYear.lastDay());
        }
    }
}
