package fi.verme.enrolment.domain;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import fi.verme.enrolment.api.AddEnrolmentCallTheme;
import fi.verme.enrolment.api.CloseEnrolmentCall;
import fi.verme.enrolment.api.EnrolmentCallAlreadyClosedException;
import fi.verme.enrolment.api.EnrolmentCallAlreadyOpenedException;
import fi.verme.enrolment.api.EnrolmentCallClosed;
import fi.verme.enrolment.api.EnrolmentCallExtended;
import fi.verme.enrolment.api.EnrolmentCallExtensionOutOfRangeException;
import fi.verme.enrolment.api.EnrolmentCallOpened;
import fi.verme.enrolment.api.EnrolmentCallThemeAdded;
import fi.verme.enrolment.api.ExtendEnrolmentCall;
import fi.verme.enrolment.api.OpenEnrolmentCall;
import fi.verme.enrolment.api.Theme;
import fi.verme.enrolment.api.ThemeAlreadyOfferedException;
import fi.verme.shared.InvalidInputException;
import fi.verme.shared.ProgrammeYear;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

/**
 * A programme year's enrolment call: the themes on offer and when people may enrol. While it has not closed, the
 * coordinator may add a theme and move its closing date later; each change is an event of its own.
 */
@Aggregate
class EnrolmentCall {

    static final Pattern THEME_CODE = Pattern.compile("[A-Za-z0-9_-]{1,32}");
    static final int MAX_THEMES = 40;

    @AggregateIdentifier
    private String id;
    private ProgrammeYear programmeYear;
    private Set<String> themeCodes;
    private LocalDate closesOn;
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

    /**
     * A theme more, at the end of the list: while the call is open or yet to open (after it has closed nobody could
     * wish for it), with a code the call does not offer yet, and up to {@value #MAX_THEMES} themes in all.
     */
    @CommandHandler
    void handle(AddEnrolmentCallTheme command, Clock clock) {
        var theme = command.theme();
        requireValidTheme(theme, "");
        if (closed || LocalDate.now(clock).isAfter(closesOn)) {
            throw new EnrolmentCallAlreadyClosedException(programmeYear);
        }
        // Codes differing only in case would be two themes that read as one (the form matches codes exactly).
        if (themeCodes.stream().anyMatch(code -> code.equalsIgnoreCase(theme.code()))) {
            throw new ThemeAlreadyOfferedException(programmeYear, theme.code());
        }
        if (themeCodes.size() >= MAX_THEMES) {
            throw new InvalidInputException("code", "no further theme: a call offers at most " + MAX_THEMES);
        }
        apply(new EnrolmentCallThemeAdded(programmeYear, theme.code(), theme.name()));
    }

    /**
     * A later closing date: after the current one and not in the past, by the school year's last day. A call whose
     * closing date has passed may be extended (it opens again); one the coordinator closed may not.
     */
    @CommandHandler
    void handle(ExtendEnrolmentCall command, Clock clock) {
        if (closed) {
            throw new EnrolmentCallAlreadyClosedException(programmeYear);
        }
        var today = LocalDate.now(clock);
        var earliest = closesOn.isBefore(today) ? today : closesOn.plusDays(1);
        var latest = programmeYear.lastDay();
        var requested = command.closesOn();
        if (requested == null || requested.isBefore(earliest) || requested.isAfter(latest)) {
            throw new EnrolmentCallExtensionOutOfRangeException(earliest, latest);
        }
        apply(new EnrolmentCallExtended(programmeYear, closesOn, requested));
    }

    @EventSourcingHandler
    void on(EnrolmentCallOpened event) {
        id = event.programmeYear().id();
        programmeYear = event.programmeYear();
        themeCodes = new HashSet<>();
        event.themes().forEach(theme -> themeCodes.add(theme.code()));
        closesOn = event.closesOn();
    }

    @EventSourcingHandler
    void on(EnrolmentCallThemeAdded event) {
        themeCodes.add(event.code());
    }

    @EventSourcingHandler
    void on(EnrolmentCallExtended event) {
        closesOn = event.closesOn();
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
            requireValidTheme(themes.get(i), "themes[" + i + "].");
            if (!codes.add(themes.get(i).code().toLowerCase(Locale.ROOT))) {
                throw new InvalidInputException("themes[" + i + "].code", "a code not used by another theme");
            }
        }
    }

    /** A theme's code and name as a call takes them; {@code field} is the path to the theme in the request. */
    private static void requireValidTheme(Theme theme, String field) {
        if (theme == null || theme.code() == null || !THEME_CODE.matcher(theme.code()).matches()) {
            throw new InvalidInputException(field + "code", "1-32 letters a-z, A-Z, digits, '_' or '-'");
        }
        if (theme.name() == null || theme.name().isBlank() || theme.name().length() > 120) {
            throw new InvalidInputException(field + "name", "a name of 1-120 characters");
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
