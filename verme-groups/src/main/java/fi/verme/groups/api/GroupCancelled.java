package fi.verme.groups.api;

import fi.verme.shared.ProgrammeYear;
import java.time.LocalDate;
import java.util.List;
import org.axonframework.serialization.Revision;

/**
 * A coordinator cancelled a group that had not ended; its members go back on the waiting list and its meetings still
 * ahead are cancelled.
 *
 * @param groupId the group
 * @param programmeYear the programme year of the group
 * @param reason why it was cancelled
 * @param released the enrolment ids of the members it had, who go back on the waiting list; empty when it had none
 * @param cancelledOn the day it was cancelled (Finnish time)
 */
@Revision("1")
public record GroupCancelled(String groupId, ProgrammeYear programmeYear, CancellationReason reason,
                             List<String> released, LocalDate cancelledOn) {
}
