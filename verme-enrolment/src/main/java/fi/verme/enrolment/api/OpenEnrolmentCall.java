package fi.verme.enrolment.api;

import fi.verme.shared.ProgrammeYear;
import java.time.LocalDate;
import java.util.List;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** The coordinator opens enrolment for a programme year. An empty {@code targetRoles} welcomes every role. */
public record OpenEnrolmentCall(
        @TargetAggregateIdentifier ProgrammeYear programmeYear,
        List<Theme> themes,
        List<Role> targetRoles,
        LocalDate opensOn,
        LocalDate closesOn) {
}
