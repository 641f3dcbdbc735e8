package fi.verme.meetings.api;

/**
 * A group's hours against the programme year's cap, in minutes: held meetings, joint meetings,
 * what is left, and what the remaining schedule plans; {@code planPassesCap} warns when it would
 * not fit.
 */
public record GroupHoursView(String groupId, int capMinutes, int heldMinutes, int jointMinutes, int usedMinutes,
                             int leftMinutes, int plannedMinutes, boolean planPassesCap, int meetingsHeld,
                             double usedHours, double leftHours) {
}
