package fi.verme.groups.api;

/** The mentor this person is registered as, if any: answered with an optional {@link MentorView}. */
public record FindMentorOfPerson(String personId) {
}
