package fi.verme.groups.api;

import fi.verme.shared.ProgrammeYear;
import java.util.List;
import java.util.Map;

/**
 * A programme year at a glance. {@code unplaced} are active enrolments in no group and not on the
 * waiting list (nobody has decided about them yet); {@code freeSeats} counts open groups only.
 */
public record ProgrammeOverview(
        ProgrammeYear programmeYear,
        Map<GroupStatus, Integer> groupsByStatus,
        List<ThemeLine> themes,
        int placed,
        int freeSeats,
        int waitlisted,
        int unplaced) {

    public record ThemeLine(String theme, Map<GroupStatus, Integer> groupsByStatus, int placed, int freeSeats) {
    }
}
