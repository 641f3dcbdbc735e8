package fi.verme.groups.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record CancelGroup(@TargetAggregateIdentifier String groupId, CancellationReason reason) {
}
