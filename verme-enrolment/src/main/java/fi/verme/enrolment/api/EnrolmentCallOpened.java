package fi.verme.enrolment.api;

import fi.verme.shared.ProgrammeYear;
import java.time.LocalDate;
import java.util.List;
import org.axonframework.serialization.Revision;

@Revision("1")
public record EnrolmentCallOpened(
        ProgrammeYear programmeYear,
        List<Theme> themes,
        List<Role> targetRoles,
        LocalDate opensOn,
        LocalDate closesOn) {
}
