package fi.verme.enrolment.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Sent by group placement: the enrolment's person now belongs to this group. */
public record RecordPlacement(@TargetAggregateIdentifier String enrolmentId, String groupId) {
}
