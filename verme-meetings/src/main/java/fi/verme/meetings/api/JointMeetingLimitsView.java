package fi.verme.meetings.api;

import fi.verme.shared.ProgrammeYear;

/** How many kickoffs and closings a group of the programme year may take part in, planned or held. */
public record JointMeetingLimitsView(ProgrammeYear programmeYear, int kickoffs, int closings) {
}
