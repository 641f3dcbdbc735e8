package fi.verme.groups.api;

import fi.verme.shared.ProblemType;
import fi.verme.shared.ProgrammeYear;
import fi.verme.shared.Refusal;
import java.util.Map;

/** A programme year has one feedback survey: a second would send every member of a completed group two. */
@ProblemType(value = "survey-already-defined", kind = Refusal.Kind.CONFLICT)
public class SurveyAlreadyDefinedException extends Refusal {

    private final String surveyId;

    public SurveyAlreadyDefinedException(ProgrammeYear programmeYear, String surveyId) {
        super("Programme year " + programmeYear + " has its survey already: " + surveyId);
        this.surveyId = surveyId;
    }

    @Override
    public Map<String, Object> properties() {
        return Map.of("surveyId", surveyId);
    }
}
