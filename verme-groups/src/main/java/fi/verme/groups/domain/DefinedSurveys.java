package fi.verme.groups.domain;

import fi.verme.groups.api.SurveyView;
import fi.verme.shared.ProgrammeYear;
import java.util.Optional;

/** The surveys defined so far, as answering them needs them. */
public interface DefinedSurveys {

    Optional<SurveyView> find(String surveyId);

    /** The programme year's survey, if it has one (a year has one). */
    Optional<String> surveyOf(ProgrammeYear programmeYear);
}
