package fi.verme.groups.domain;

import fi.verme.groups.api.SurveyView;
import java.util.Optional;

/** The surveys defined so far, as answering them needs them. */
public interface DefinedSurveys {

    Optional<SurveyView> find(String surveyId);
}
