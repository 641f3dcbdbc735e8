package fi.verme.meetings.domain;

import fi.verme.groups.api.GroupStatus;
import fi.verme.shared.ProgrammeYear;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** What the meetings module knows of groups (its rules and its hour counters), kept from the groups module's events. */
public interface GroupFacts {

    Optional<Group> find(String groupId);

    /** Person ids of the people who were members of the group at some time on that date. */
    Set<String> membersOn(String groupId, LocalDate date);

    /** Ids of the programme year's groups that have not been cancelled, in order. */
    List<String> groupsOf(ProgrammeYear programmeYear);

    /** {@code mentors}: mentor id to person id; {@code startedOn} null until started (or if not known). */
    record Group(String groupId, ProgrammeYear programmeYear, GroupStatus status, Map<String, String> mentors,
                 LocalDate startedOn) {
    }
}
