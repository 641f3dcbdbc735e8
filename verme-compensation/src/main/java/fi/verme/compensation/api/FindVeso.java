package fi.verme.compensation.api;

import fi.verme.shared.ProgrammeYear;

public record FindVeso(String personId, ProgrammeYear programmeYear) {
}
