package fi.verme.groups.api;

import java.util.Map;

/** The mentor of each e-mail address asked about that belongs to one, keyed by the address in lower case. */
public record MentorsByEmail(Map<String, String> mentorIdByEmail) {
}
