package fi.verme.enrolment.api;

import fi.verme.shared.InvalidInputException;
import fi.verme.shared.ProgrammeYear;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** A programme year's enrolment call: its themes, the roles it is for, when it is open, and its status. */
public record EnrolmentCallView(
        ProgrammeYear programmeYear,
        List<Theme> themes,
        List<Role> targetRoles,
        LocalDate opensOn,
        LocalDate closesOn,
        LocalDate closedOn,
        Status status) {

    public enum Status { UPCOMING, OPEN, CLOSED }

    /**
     * Refuses, as the request's {@code theme} parameter, a theme code that the year's call (if any) does not
     * offer, naming the ones it does.
     */
    public static void checkOffered(Optional<EnrolmentCallView> call, Collection<String> themes) {
        var offered = call.map(c -> c.themes().stream().map(Theme::code).toList()).orElse(List.of());
        for (var theme : themes) {
            if (!offered.contains(theme)) {
                throw new InvalidInputException("theme", offered.isEmpty() ? "no theme: the year has no call"
                        : "one of " + String.join(", ", offered));
            }
        }
    }
}
