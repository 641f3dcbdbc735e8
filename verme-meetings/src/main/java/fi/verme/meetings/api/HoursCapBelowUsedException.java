package fi.verme.meetings.api;

import fi.verme.shared.ProblemType;
import fi.verme.shared.Refusal;
import java.util.List;
import java.util.Map;

/** A cap lower than the hours a group of the year has used already would leave that group past it. */
@ProblemType(value = "hours-cap-below-used", kind = Refusal.Kind.CONFLICT)
public class HoursCapBelowUsedException extends Refusal {

    private final String groupId;
    private final int usedMinutes;
    private final int hours;

    public HoursCapBelowUsedException(String groupId, int usedMinutes, int hours) {
        super("Group " + groupId + " has used " + usedMinutes + " minutes already, more than a cap of " + hours
                + " h; the cap can be " + lowest(usedMinutes) + " h or more");
        this.groupId = groupId;
        this.usedMinutes = usedMinutes;
        this.hours = hours;
    }

    private static int lowest(int usedMinutes) {
        return (usedMinutes + 59) / 60;
    }

    /** {0} hours used by the group, {1} the cap asked for, {2} the lowest cap allowed. */
    @Override
    public List<Object> detailArguments() {
        return List.of(HoursCapExceededException.hours(usedMinutes), hours, lowest(usedMinutes));
    }

    @Override
    public Map<String, Object> properties() {
        return Map.of("groupId", groupId, "usedMinutes", usedMinutes, "lowestHours", lowest(usedMinutes));
    }
}
