package fi.verme.meetings.api;

public record ListMeetings(String groupId) {
}
