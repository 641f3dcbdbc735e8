package fi.verme.groups.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record CompleteGroup(@TargetAggregateIdentifier String groupId) {
}
