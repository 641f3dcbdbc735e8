package fi.verme.groups.api;

import fi.verme.shared.ProgrammeYear;

/** {@code theme} and {@code status} are optional filters. */
public record ListGroups(ProgrammeYear programmeYear, String theme, GroupStatus status) {
}
