package fi.verme.enrolment.api;

import fi.verme.shared.ProgrammeYear;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** The coordinator closes enrolment before (or on) its planned closing date. */
public record CloseEnrolmentCall(@TargetAggregateIdentifier ProgrammeYear programmeYear) {
}
