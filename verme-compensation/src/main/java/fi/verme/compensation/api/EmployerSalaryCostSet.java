package fi.verme.compensation.api;

import fi.verme.shared.ProgrammeYear;
import java.math.BigDecimal;
import org.axonframework.serialization.Revision;

/** An employer's hourly salary cost in a programme year, from now on; {@code employer} is an organisation's name. */
@Revision("1")
public record EmployerSalaryCostSet(ProgrammeYear programmeYear, String employer, BigDecimal hourlySalaryCost) {
}
