package fi.verme.groups.api;

import fi.verme.shared.ProgrammeYear;

/** The groups a person leads as a mentor in one programme year, by name; answered as {@link PersonGroupView}s. */
public record ListLedGroups(String personId, ProgrammeYear programmeYear) {
}
