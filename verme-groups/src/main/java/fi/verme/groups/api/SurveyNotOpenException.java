package fi.verme.groups.api;

import fi.verme.shared.ProblemType;
import fi.verme.shared.Refusal;

/**
 * The survey is not open to this enrolment: it opens to a group's members when their group completes its
 * year, and never to an erased person.
 */
@ProblemType(value = "survey-not-open", kind = Refusal.Kind.CONFLICT)
public class SurveyNotOpenException extends SurveyException {

    private SurveyNotOpenException(String message) {
        super(message);
    }

    /** The enrolment is in no group of the survey's year that has completed. */
    public static SurveyNotOpenException untilGroupCompletes() {
        return new SurveyNotOpenException("The survey opens when your group completes its year");
    }

    public static SurveyNotOpenException personErased() {
        return new SurveyNotOpenException("The person of this enrolment has been erased");
    }
}
