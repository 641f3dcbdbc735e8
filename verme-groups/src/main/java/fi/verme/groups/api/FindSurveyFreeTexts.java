package fi.verme.groups.api;

public record FindSurveyFreeTexts(String surveyId) {
}
