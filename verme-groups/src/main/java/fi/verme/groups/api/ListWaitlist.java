package fi.verme.groups.api;

import fi.verme.shared.ProgrammeYear;

public record ListWaitlist(ProgrammeYear programmeYear) {
}
