package fi.verme.meetings.domain;

import fi.verme.shared.ProgrammeYear;
import java.util.Optional;

/** The hours a programme year's groups have used, their held and joint meetings together. */
public interface HoursUsed {

    /** The group of the year that has used the most, with its minutes; empty while no group has used any. */
    Optional<GroupUsage> mostUsed(ProgrammeYear programmeYear);

    record GroupUsage(String groupId, int usedMinutes) {
    }
}
