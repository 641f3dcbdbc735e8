package fi.verme.groups.api;

import fi.verme.shared.ProblemType;
import fi.verme.shared.Refusal;

/** Each enrolment answers a survey once. */
@ProblemType(value = "survey-already-answered", kind = Refusal.Kind.CONFLICT)
public class SurveyAlreadyAnsweredException extends SurveyException {

    public SurveyAlreadyAnsweredException() {
        super("You have answered this survey already");
    }
}
