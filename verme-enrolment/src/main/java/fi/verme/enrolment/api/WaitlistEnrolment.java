package fi.verme.enrolment.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Sent by group placement: the enrolment waits for a seat, for the reason given. */
public record WaitlistEnrolment(@TargetAggregateIdentifier String enrolmentId, WaitlistReason reason) {
}
