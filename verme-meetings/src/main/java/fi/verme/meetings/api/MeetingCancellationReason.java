package fi.verme.meetings.api;

public enum MeetingCancellationReason {
    GROUP_DECISION,
    MENTOR_UNAVAILABLE,
    TOO_FEW_ATTENDING,
    OTHER
}
