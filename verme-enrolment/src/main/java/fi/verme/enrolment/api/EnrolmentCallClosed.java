package fi.verme.enrolment.api;

import fi.verme.shared.ProgrammeYear;
import java.time.LocalDate;
import org.axonframework.serialization.Revision;

@Revision("1")
public record EnrolmentCallClosed(ProgrammeYear programmeYear, LocalDate closedOn) {
}
