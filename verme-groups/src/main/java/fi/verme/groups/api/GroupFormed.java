package fi.verme.groups.api;

import fi.verme.shared.ProgrammeYear;
import java.time.Instant;
import java.util.List;
import org.axonframework.serialization.Revision;

/**
 * A coordinator formed a group of the programme year around a theme, with its mentor or two co-mentors and where it
 * meets; participants are placed in it next.
 *
 * @param groupId the group's id
 * @param programmeYear the programme year of the group
 * @param theme the code of the call's theme the group is about
 * @param name the group's name
 * @param mentors the group's mentor, or its two co-mentors
 * @param minSize the number of participants the group needs to start
 * @param maxSize the most participants the group may have
 * @param place where the group meets (an address or a room), or its online link
 * @param online whether the group meets online
 * @param groupType the target group the group is for, whose members placement proposes to it; null for a group open
 *        to anyone
 * @param formedAt when the group was formed
 */
@Revision("1")
public record GroupFormed(String groupId, ProgrammeYear programmeYear, String theme, String name,
                          List<GroupMentor> mentors, int minSize, int maxSize, String place, boolean online,
                          GroupType groupType, Instant formedAt) {
}
