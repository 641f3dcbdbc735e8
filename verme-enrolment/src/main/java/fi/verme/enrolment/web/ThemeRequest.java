package fi.verme.enrolment.web;

import jakarta.validation.constraints.NotNull;

/** Body of {@code POST …/enrolment-call/themes}: a theme to add. The call's own rules check code and name further. */
record ThemeRequest(@NotNull String code, @NotNull String name) {
}
