package fi.verme.groups.api;

import fi.verme.shared.ProgrammeYear;
import java.util.List;

public record SurveyView(String surveyId, ProgrammeYear programmeYear, List<String> statements,
                         String freeTextQuestion) {
}
