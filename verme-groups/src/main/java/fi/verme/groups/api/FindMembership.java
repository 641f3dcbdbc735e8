package fi.verme.groups.api;

import fi.verme.shared.ProgrammeYear;

/** The group a person is (or was, in a completed group) a member of in a programme year. */
public record FindMembership(String personId, ProgrammeYear programmeYear) {
}
