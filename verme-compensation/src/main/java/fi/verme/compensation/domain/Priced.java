package fi.verme.compensation.domain;

import fi.verme.compensation.api.LineKind;
import java.math.BigDecimal;

/** Something owed, as the rules price it: its kind and quantity (hours, meeting minutes, days or euros). */
public record Priced(LineKind kind, BigDecimal hours, Integer minutes, BigDecimal days, BigDecimal amount) {
}
