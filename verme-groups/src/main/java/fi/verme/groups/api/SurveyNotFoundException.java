package fi.verme.groups.api;

import fi.verme.shared.ProblemType;
import fi.verme.shared.Refusal;

@ProblemType(value = "survey-not-found", kind = Refusal.Kind.NOT_FOUND)
public class SurveyNotFoundException extends SurveyException {

    public SurveyNotFoundException(String surveyId) {
        super("No survey " + surveyId);
    }
}
