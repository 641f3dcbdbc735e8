package fi.verme.meetings.api;

import fi.verme.shared.ProgrammeYear;

/** The programme year's joint meetings, planned and held, by date: a list of {@link JointMeetingView}. */
public record ListJointMeetings(ProgrammeYear programmeYear) {
}
