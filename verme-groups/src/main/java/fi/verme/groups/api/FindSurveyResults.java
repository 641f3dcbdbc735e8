package fi.verme.groups.api;

public record FindSurveyResults(String surveyId) {
}
