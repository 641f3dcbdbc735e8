package fi.verme.groups.api;

/** A mentor of a group, with the person id so that a mentor is never also a participant. */
public record GroupMentor(String mentorId, String personId) {
}
