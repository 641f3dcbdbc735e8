package fi.verme.compensation.api;

import fi.verme.shared.ProgrammeYear;

/** The aggregate ids of the compensation module: one of each per programme year. */
public record CompensationKey(String id) {

    public static String rules(ProgrammeYear programmeYear) {
        return "compensation-rules:" + programmeYear.id();
    }

    public static String claims(ProgrammeYear programmeYear) {
        return "claims:" + programmeYear.id();
    }

    public static String payments(ProgrammeYear programmeYear) {
        return "payments:" + programmeYear.id();
    }
}
