package fi.verme.enrolment.api;

import fi.verme.shared.ProgrammeYear;
import java.util.List;
import java.util.Map;

/**
 * Counts for a programme year. Theme counts leave withdrawn enrolments out: they show the
 * demand the coordinator has to place.
 */
public record EnrolmentSummaryView(
        ProgrammeYear programmeYear,
        int total,
        Map<EnrolmentStatus, Integer> byStatus,
        List<ThemeDemand> themes) {

    /** How many active enrolments wish for a theme: as first choice, and in any rank. */
    public record ThemeDemand(String code, String name, int firstChoice, int anyChoice) {
    }
}
