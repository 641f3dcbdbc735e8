package fi.verme.compensation.api;

import java.math.BigDecimal;

/** What an hour of an employer's staff costs, as finance entered it. */
public record EmployerRateView(String employer, BigDecimal hourlySalaryCost) {
}
