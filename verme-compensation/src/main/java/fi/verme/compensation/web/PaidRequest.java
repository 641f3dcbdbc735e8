package fi.verme.compensation.web;

import jakarta.validation.constraints.NotBlank;

record PaidRequest(@NotBlank String payrollReference) {
}
