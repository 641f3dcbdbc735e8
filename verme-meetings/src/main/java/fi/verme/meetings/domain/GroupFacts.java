package fi.verme.meetings.domain;

import fi.verme.groups.api.GroupStatus;
import fi.verme.shared.ProgrammeYear;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** What the meetings rules need to know of a group, kept from the groups module's events. */
public interface GroupFacts {

    Optional<Group> find(String groupId);

    /** Person ids of the people who were members of the group at some time on that date. */
    Set<String> membersOn(String groupId, LocalDate date);

    /** {@code mentors}: mentor id to person id; {@code startedOn} null until started (or if not known). */
    record Group(String groupId, ProgrammeYear programmeYear, GroupStatus status, Map<String, String> mentors,
                 LocalDate startedOn) {
    }
}
