package fi.verme.enrolment.api;

import fi.verme.shared.ProgrammeYear;
import java.time.LocalDate;
import org.axonframework.serialization.Revision;

/**
 * A coordinator moved the programme year's enrolment call's closing date later, within its school year; people may
 * enrol on the public form until the new date (a call whose closing date had passed opens again).
 *
 * @param programmeYear the programme year whose call was extended
 * @param previousClosesOn the last day people could enrol on before the extension
 * @param closesOn the new last day people may enrol on, after the previous one and no later than the school year's
 *     last day (31 July)
 */
@Revision("1")
public record EnrolmentCallExtended(ProgrammeYear programmeYear, LocalDate previousClosesOn, LocalDate closesOn) {
}
