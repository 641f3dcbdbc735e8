package fi.verme.meetings.api;

import fi.verme.shared.ProgrammeYear;

/** The programme year's limits on joint meetings: a {@link JointMeetingLimitsView}. */
public record FindJointMeetingLimits(ProgrammeYear programmeYear) {
}
