package fi.verme.meetings.api;

import fi.verme.shared.ProblemType;
import fi.verme.shared.Refusal;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The group's held hours, joint meetings included, would pass the programme year's cap. */
@ProblemType(value = "hours-cap-exceeded", kind = Refusal.Kind.CONFLICT)
public class HoursCapExceededException extends Refusal {

    private final String groupId;
    private final int capMinutes;
    private final int usedMinutes;
    private final int leftMinutes;

    public HoursCapExceededException(String groupId, int capMinutes, int usedMinutes, int requestedMinutes) {
        super("Group " + groupId + " has used " + text(usedMinutes) + " h of its " + text(capMinutes)
                + " h; " + text(left(capMinutes, usedMinutes)) + " h are left, and this meeting would take "
                + text(requestedMinutes) + " h");
        this.groupId = groupId;
        this.capMinutes = capMinutes;
        this.usedMinutes = usedMinutes;
        this.leftMinutes = left(capMinutes, usedMinutes);
    }

    private static int left(int capMinutes, int usedMinutes) {
        return Math.max(0, capMinutes - usedMinutes);
    }

    private static String text(int minutes) {
        return minutes % 60 == 0 ? String.valueOf(minutes / 60)
                : String.format(Locale.ROOT, "%.2f", minutes / 60.0);
    }

    /** Hours to at most two decimals, which the reader's text writes in the reader's way (2,5 or 2.5). */
    static BigDecimal hours(int minutes) {
        return BigDecimal.valueOf(minutes).divide(BigDecimal.valueOf(60), 2, RoundingMode.HALF_UP)
                .stripTrailingZeros();
    }

    public int capMinutes() {
        return capMinutes;
    }

    public int usedMinutes() {
        return usedMinutes;
    }

    public int leftMinutes() {
        return leftMinutes;
    }

    /** {0} hours used, {1} the cap, {2} hours left. */
    @Override
    public List<Object> detailArguments() {
        return List.of(hours(usedMinutes), hours(capMinutes), hours(leftMinutes));
    }

    @Override
    public Map<String, Object> properties() {
        var properties = new LinkedHashMap<String, Object>();
        // A joint meeting is recorded for several groups at once: the problem names the one over its cap.
        properties.put("groupId", groupId);
        properties.put("capMinutes", capMinutes);
        properties.put("usedMinutes", usedMinutes);
        properties.put("leftMinutes", leftMinutes);
        properties.put("usedHours", usedMinutes / 60.0);
        properties.put("leftHours", leftMinutes / 60.0);
        return properties;
    }
}
