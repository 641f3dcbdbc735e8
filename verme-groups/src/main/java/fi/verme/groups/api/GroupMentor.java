package fi.verme.groups.api;

/**
 * A mentor of a group, with the person id so that a mentor is never also a participant.
 *
 * @param mentorId the mentor's id
 * @param personId the mentor's id in the person register
 */
public record GroupMentor(String mentorId, String personId) {
}
