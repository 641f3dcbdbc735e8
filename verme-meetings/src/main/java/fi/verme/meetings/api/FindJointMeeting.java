package fi.verme.meetings.api;

import fi.verme.shared.ProgrammeYear;

/** The groups' calendar entries of one joint meeting of the programme year: a list of {@link MeetingView}. */
public record FindJointMeeting(ProgrammeYear programmeYear, String jointMeetingId) {
}
