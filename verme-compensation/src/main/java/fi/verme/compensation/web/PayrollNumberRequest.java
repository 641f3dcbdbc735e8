package fi.verme.compensation.web;

import fi.verme.compensation.api.PayeeKind;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * Body of {@code PUT /api/organisers/{organiser}/payroll-numbers}: a mentor's or a person's employee number in the
 * organiser's payroll system; an empty number removes it.
 */
record PayrollNumberRequest(@NotNull PayeeKind payeeKind, @NotBlank @Size(max = 200) String payeeId,
                            @Pattern(regexp = "([A-Za-z0-9][A-Za-z0-9-]{0,31})?",
                                     message = "{verme.payroll-number.message}")
                            String employeeNumber) {
}
