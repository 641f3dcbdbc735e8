package fi.verme.meetings.api;

/**
 * The minutes of a group's meetings, each as {@link FindMinutes} gives it, in the calendar's order.
 * {@code requesterPersonId}: who asks; the group's mentors get every meeting's minutes, a member those
 * of the meetings held while they were a member, anyone else none.
 */
public record ListMinutes(String groupId, String requesterPersonId) {
}
