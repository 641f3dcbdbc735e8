package fi.verme.compensation.web;

import jakarta.validation.constraints.NotBlank;

/** Body of {@code POST …/payment-periods}: the period's name, e.g. {@code 2026-12}. */
record PeriodRequest(@NotBlank String period) {
}
