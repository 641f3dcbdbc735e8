package fi.verme.meetings.api;

/** The programme year's meetings for all groups together, which count towards each group's hours. */
public enum JointMeetingKind {
    KICKOFF,
    CLOSING
}
