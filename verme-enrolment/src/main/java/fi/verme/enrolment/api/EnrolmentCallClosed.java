package fi.verme.enrolment.api;

import fi.verme.shared.ProgrammeYear;
import java.time.LocalDate;
import org.axonframework.serialization.Revision;

/**
 * A coordinator closed the programme year's enrolment call, whatever day it was to close on; from then on only a
 * coordinator adds an enrolment, with a late reason.
 *
 * @param programmeYear the programme year whose call was closed
 * @param closedOn the day it was closed (Finnish time)
 */
@Revision("1")
public record EnrolmentCallClosed(ProgrammeYear programmeYear, LocalDate closedOn) {
}
