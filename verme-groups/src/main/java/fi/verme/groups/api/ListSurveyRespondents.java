package fi.verme.groups.api;

import java.util.Collection;

/**
 * Which of {@code enrolmentIds} have answered the survey: answered with their enrolment ids, for the reminder to
 * those who have not. Whether someone answered is kept; what they answered is not linked to them.
 */
public record ListSurveyRespondents(String surveyId, Collection<String> enrolmentIds) {
}
