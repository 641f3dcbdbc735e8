package fi.verme.groups.api;

import fi.verme.enrolment.api.ProgrammeYear;

public record ListSurveys(ProgrammeYear programmeYear) {
}
