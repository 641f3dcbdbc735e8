package fi.verme.groups.api;

import fi.verme.shared.ProgrammeYear;

/**
 * A group seen from one person: {@code mentor} when they lead it (then {@code mentorId} is theirs),
 * otherwise they are (or were) a member.
 */
public record PersonGroupView(String groupId, ProgrammeYear programmeYear, String name, String theme,
                              GroupStatus status, boolean mentor, String mentorId) {
}
