package fi.verme.meetings.web;

/**
 * Where a controller learns who is asking: the request attribute the application's request filter
 * sets. Until login exists it comes from the {@code X-Verme-Person} header; the security issue sets
 * it from the logged-in user instead, and nothing here changes.
 */
final class Identity {

    static final String PERSON_ATTRIBUTE = "verme.personId";

    private Identity() {
    }
}
