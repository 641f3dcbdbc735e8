package fi.verme.groups.api;

import fi.verme.shared.ProgrammeYear;

public record ListSurveys(ProgrammeYear programmeYear) {
}
