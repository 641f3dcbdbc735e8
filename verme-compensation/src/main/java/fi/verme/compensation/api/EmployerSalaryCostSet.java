package fi.verme.compensation.api;

import fi.verme.shared.ProgrammeYear;
import java.math.BigDecimal;
import org.axonframework.serialization.Revision;

/**
 * Finance set what an hour of an employer's staff costs in a programme year (salary with its side costs), which the
 * employer report prices participants' meeting hours with, from then on.
 *
 * @param programmeYear the programme year the rate is for
 * @param employer the employer's name, as participants' enrolments give it (an organisation's name)
 * @param hourlySalaryCost euros an hour, 0 to 500, with two decimals
 */
@Revision("1")
public record EmployerSalaryCostSet(ProgrammeYear programmeYear, String employer, BigDecimal hourlySalaryCost) {
}
