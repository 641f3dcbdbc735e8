package fi.verme.groups.api;

import fi.verme.shared.ProgrammeYear;
import java.util.List;

/** {@code minSize} and {@code maxSize} may be null: the programme year's rule applies. */
public record FormGroup(String groupId, ProgrammeYear programmeYear, String theme, String name,
                        List<String> mentorIds, Integer minSize, Integer maxSize, String place, boolean online,
                        GroupType groupType) {
}
