package fi.verme.compensation.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;

/** Body of {@code PUT …/employer-rates}: an employer, as enrolments name it, and what an hour of its staff costs. */
record EmployerRateRequest(@NotBlank @Size(max = 200) String employer, @NotNull BigDecimal hourlySalaryCost) {
}
