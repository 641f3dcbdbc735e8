package fi.verme.groups.domain;

import java.util.Optional;

/** Registered mentors, consistent with the events of the current transaction. */
public interface MentorDirectory {

    /** The person behind a mentor id. */
    Optional<String> personOf(String mentorId);

    /** The mentor id of a person, if they are registered as a mentor. */
    Optional<String> mentorOf(String personId);
}
