package fi.verme.meetings.web;

/**
 * Where a controller learns who is asking: the request attribute the application sets from the
 * logged-in user's person.
 */
final class Identity {

    static final String PERSON_ATTRIBUTE = "verme.personId";

    private Identity() {
    }
}
