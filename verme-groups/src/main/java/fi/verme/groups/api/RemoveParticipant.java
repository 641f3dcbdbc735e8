package fi.verme.groups.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record RemoveParticipant(@TargetAggregateIdentifier String groupId, String enrolmentId, RemovalReason reason) {
}
