package fi.verme.groups.api;

import fi.verme.shared.ProgrammeYear;
import java.time.LocalDate;
import java.util.List;
import org.axonframework.serialization.Revision;

/** {@code released} are the enrolment ids of the members, who go back to the waiting list. */
@Revision("1")
public record GroupCancelled(String groupId, ProgrammeYear programmeYear, CancellationReason reason,
                             List<String> released, LocalDate cancelledOn) {
}
