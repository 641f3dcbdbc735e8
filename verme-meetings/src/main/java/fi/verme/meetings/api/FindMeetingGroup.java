package fi.verme.meetings.api;

/** Which group a meeting belongs to; answered from a lookup that is current with every write. */
public record FindMeetingGroup(String meetingId) {
}
