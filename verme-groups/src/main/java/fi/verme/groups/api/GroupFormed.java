package fi.verme.groups.api;

import fi.verme.shared.ProgrammeYear;
import java.time.Instant;
import java.util.List;
import org.axonframework.serialization.Revision;

@Revision("1")
public record GroupFormed(String groupId, ProgrammeYear programmeYear, String theme, String name,
                          List<GroupMentor> mentors, int minSize, int maxSize, String place, boolean online,
                          GroupType groupType, Instant formedAt) {
}
