package fi.verme.groups.api;

import fi.verme.enrolment.api.ProgrammeYear;

public record ListWaitlist(ProgrammeYear programmeYear) {
}
