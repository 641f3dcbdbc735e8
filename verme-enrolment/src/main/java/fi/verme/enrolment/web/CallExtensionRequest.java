package fi.verme.enrolment.web;

import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;

/** Body of {@code POST …/enrolment-call/extend}: the call's new closing date. */
record CallExtensionRequest(@NotNull LocalDate closesOn) {
}
