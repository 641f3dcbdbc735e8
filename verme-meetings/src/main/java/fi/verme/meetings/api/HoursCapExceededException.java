package fi.verme.meetings.api;

/** The group's held hours, joint meetings included, would pass the programme year's cap. */
public class HoursCapExceededException extends RuntimeException {

    private final int capMinutes;
    private final int usedMinutes;
    private final int leftMinutes;

    public HoursCapExceededException(String groupId, int capMinutes, int usedMinutes, int requestedMinutes) {
        super("Group " + groupId + " has used " + hours(usedMinutes) + " h of its " + hours(capMinutes)
                + " h; " + hours(Math.max(0, capMinutes - usedMinutes)) + " h are left, and this meeting would take "
                + hours(requestedMinutes) + " h");
        this.capMinutes = capMinutes;
        this.usedMinutes = usedMinutes;
        this.leftMinutes = Math.max(0, capMinutes - usedMinutes);
    }

    private static String hours(int minutes) {
        return minutes % 60 == 0 ? String.valueOf(minutes / 60)
                : String.format(java.util.Locale.ROOT, "%.2f", minutes / 60.0);
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
}
