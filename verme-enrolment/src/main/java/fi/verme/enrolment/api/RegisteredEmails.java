package fi.verme.enrolment.api;

import java.util.Map;

/** The person of each e-mail address asked about that is in the register, keyed by the address in lower case. */
public record RegisteredEmails(Map<String, String> personIdByEmail) {
}
