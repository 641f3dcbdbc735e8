package fi.verme.meetings.api;

import fi.verme.shared.ProgrammeYear;

/**
 * The aggregate ids of the meetings module. A group's calendar is one aggregate: every meeting of the
 * group and its hours, under one cap, so two concurrent meetings cannot together pass it.
 */
public record CalendarKey(String id) {

    public static String of(String groupId) {
        return "calendar:" + groupId;
    }

    public static String hoursRule(ProgrammeYear programmeYear) {
        return "hours-rule:" + programmeYear.id();
    }

    public static String jointMeetingRule(ProgrammeYear programmeYear) {
        return "joint-meeting-rule:" + programmeYear.id();
    }

    public static String schoolBreaks(ProgrammeYear programmeYear) {
        return "school-breaks:" + programmeYear.id();
    }
}
