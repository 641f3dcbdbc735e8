package fi.verme.meetings.api;

import fi.verme.shared.ProgrammeYear;

public record ListProgrammeHours(ProgrammeYear programmeYear) {
}
