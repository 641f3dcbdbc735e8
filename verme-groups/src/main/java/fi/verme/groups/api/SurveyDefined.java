package fi.verme.groups.api;

import fi.verme.shared.ProgrammeYear;
import java.time.Instant;
import java.util.List;
import org.axonframework.serialization.Revision;

@Revision("1")
public record SurveyDefined(String surveyId, ProgrammeYear programmeYear, List<String> statements,
                            String freeTextQuestion, Instant definedAt) {
}
