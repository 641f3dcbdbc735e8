package fi.verme.meetings.api;

public record FindMeeting(String meetingId) {
}
