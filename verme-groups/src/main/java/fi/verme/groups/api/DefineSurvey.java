package fi.verme.groups.api;

import fi.verme.shared.ProgrammeYear;
import java.util.List;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Statements answered on a 1-5 agreement scale, and an optional free-text question. */
public record DefineSurvey(@TargetAggregateIdentifier String surveyId, ProgrammeYear programmeYear,
                           List<String> statements, String freeTextQuestion) {
}
