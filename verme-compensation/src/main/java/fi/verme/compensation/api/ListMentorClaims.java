package fi.verme.compensation.api;

/** A mentor's claims in every programme year, newest first: what the mentor has asked for and how it stands. */
public record ListMentorClaims(String mentorId) {
}
