package fi.verme.groups.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record ChangeMentorDetails(@TargetAggregateIdentifier String mentorId, String organisation, int trainingYear,
                                  String trainingProvider) {
}
