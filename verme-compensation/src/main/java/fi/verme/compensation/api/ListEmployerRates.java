package fi.verme.compensation.api;

import fi.verme.shared.ProgrammeYear;

/** Finance's hourly salary cost of each employer's staff in a programme year, by employer. */
public record ListEmployerRates(ProgrammeYear programmeYear) {
}
