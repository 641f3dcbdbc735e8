package fi.verme.enrolment.web;

import fi.verme.enrolment.api.Role;
import fi.verme.enrolment.api.Theme;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.util.List;

/** Body of {@code POST …/enrolment-call}. The call's own rules check codes, names and dates further. */
record EnrolmentCallRequest(
        @NotEmpty List<@NotNull Theme> themes,
        List<@NotNull Role> targetRoles,
        @NotNull LocalDate opensOn,
        @NotNull LocalDate closesOn) {
}
