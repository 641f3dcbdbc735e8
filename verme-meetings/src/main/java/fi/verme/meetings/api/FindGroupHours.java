package fi.verme.meetings.api;

public record FindGroupHours(String groupId) {
}
