package fi.verme.groups.api;

import java.util.Collection;

/**
 * Which of these e-mail addresses (in any letter case) belong to a registered mentor, of any organiser, answered as
 * {@link MentorsByEmail}: how a mentor import matches its rows to the mentors already there.
 */
public record FindMentorsByEmail(Collection<String> emails) {
}
