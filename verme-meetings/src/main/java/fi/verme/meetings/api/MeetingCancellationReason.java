package fi.verme.meetings.api;

public enum MeetingCancellationReason {
    GROUP_DECISION,
    MENTOR_UNAVAILABLE,
    TOO_FEW_ATTENDING,
    OTHER,
    /** The group was completed or cancelled with the meeting still ahead (never chosen by a person). */
    GROUP_CLOSED
}
