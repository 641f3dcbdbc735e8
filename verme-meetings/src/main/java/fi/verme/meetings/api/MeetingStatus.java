package fi.verme.meetings.api;

public enum MeetingStatus {
    SCHEDULED,
    HELD,
    CANCELLED
}
