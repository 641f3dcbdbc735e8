package fi.verme.groups.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record StartGroup(@TargetAggregateIdentifier String groupId) {
}
