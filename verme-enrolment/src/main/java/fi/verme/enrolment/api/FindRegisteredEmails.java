package fi.verme.enrolment.api;

import java.util.Collection;

/**
 * Which of these e-mail addresses (in any letter case) belong to a person in the register, answered as
 * {@link RegisteredEmails}: how the mentor import finds the people a file names who are already known.
 */
public record FindRegisteredEmails(Collection<String> emails) {
}
