package fi.verme.compensation.api;

import fi.verme.shared.ProgrammeYear;

/** VESO days earned: whole multiples of the rules' meetings per day (none if the rules count none). */
public record VesoView(String personId, ProgrammeYear programmeYear, int meetingsAttended, Integer meetingsPerVesoDay,
                       int vesoDays) {
}
