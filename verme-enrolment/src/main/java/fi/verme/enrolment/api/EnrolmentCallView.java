package fi.verme.enrolment.api;

import fi.verme.shared.ProgrammeYear;
import java.time.LocalDate;
import java.util.List;

public record EnrolmentCallView(
        ProgrammeYear programmeYear,
        List<Theme> themes,
        List<Role> targetRoles,
        LocalDate opensOn,
        LocalDate closesOn,
        LocalDate closedOn,
        Status status) {

    public enum Status { UPCOMING, OPEN, CLOSED }
}
