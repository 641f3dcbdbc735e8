package fi.verme.meetings.api;

/** {@code requesterPersonId}: who asks; only the group's mentors and members get the text. */
public record FindMinutes(String meetingId, String requesterPersonId) {
}
