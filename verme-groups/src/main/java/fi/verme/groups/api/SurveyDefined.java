package fi.verme.groups.api;

import fi.verme.shared.ProgrammeYear;
import java.time.Instant;
import java.util.List;
import org.axonframework.serialization.Revision;

/**
 * A coordinator defined the programme year's end-of-year feedback survey; it opens to each group's members when their
 * group completes.
 *
 * @param surveyId the survey's id
 * @param programmeYear the programme year the survey is for
 * @param statements the statements members answer on a scale from 1 (disagree) to 5 (agree), in order; 1 to 20
 * @param freeTextQuestion the question members may answer in their own words; null when the survey asks none
 * @param definedAt when the survey was defined
 */
@Revision("1")
public record SurveyDefined(String surveyId, ProgrammeYear programmeYear, List<String> statements,
                            String freeTextQuestion, Instant definedAt) {
}
