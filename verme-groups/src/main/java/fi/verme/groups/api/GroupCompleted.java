package fi.verme.groups.api;

import fi.verme.shared.ProgrammeYear;
import java.time.LocalDate;
import org.axonframework.serialization.Revision;

/**
 * A started group completed its year; its meetings still ahead are cancelled and the feedback survey opens to its
 * members.
 *
 * @param groupId the group
 * @param programmeYear the programme year of the group
 * @param completedOn the day it completed (Finnish time)
 */
@Revision("1")
public record GroupCompleted(String groupId, ProgrammeYear programmeYear, LocalDate completedOn) {
}
