package fi.verme.meetings.api;

import fi.verme.enrolment.api.ProgrammeYear;

public record ListProgrammeHours(ProgrammeYear programmeYear) {
}
