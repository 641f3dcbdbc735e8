package fi.verme.groups.api;

public record FindSurvey(String surveyId) {
}
