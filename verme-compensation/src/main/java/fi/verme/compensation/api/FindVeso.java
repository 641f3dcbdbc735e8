package fi.verme.compensation.api;

import fi.verme.enrolment.api.ProgrammeYear;

public record FindVeso(String personId, ProgrammeYear programmeYear) {
}
