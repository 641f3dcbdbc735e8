package fi.verme.groups.api;

import fi.verme.shared.ProgrammeYear;
import java.time.LocalDate;
import org.axonframework.serialization.Revision;

/**
 * The group started: it had at least its minimum number of participants when a coordinator started it.
 *
 * @param groupId the group
 * @param programmeYear the programme year of the group
 * @param startedOn the day it started (Finnish time)
 * @param size how many participants it had when it started
 */
@Revision("1")
public record GroupStarted(String groupId, ProgrammeYear programmeYear, LocalDate startedOn, int size) {
}
