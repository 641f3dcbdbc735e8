package fi.verme.groups.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record PlaceParticipant(@TargetAggregateIdentifier String groupId, String enrolmentId) {
}
