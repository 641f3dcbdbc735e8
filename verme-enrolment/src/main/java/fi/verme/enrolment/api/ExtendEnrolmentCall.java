package fi.verme.enrolment.api;

import fi.verme.shared.ProgrammeYear;
import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * The coordinator moves the call's closing date later, within its school year; a call whose closing date has passed
 * opens again until the new one. A call the coordinator closed stays closed.
 */
public record ExtendEnrolmentCall(@TargetAggregateIdentifier ProgrammeYear programmeYear, LocalDate closesOn) {
}
