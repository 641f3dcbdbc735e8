package fi.verme.enrolment.api;

import fi.verme.shared.ProgrammeYear;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** The coordinator adds a theme to a call that has not closed; people who enrol afterwards may wish for it. */
public record AddEnrolmentCallTheme(@TargetAggregateIdentifier ProgrammeYear programmeYear, Theme theme) {
}
