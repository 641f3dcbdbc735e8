package fi.verme.enrolment.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record WithdrawEnrolment(@TargetAggregateIdentifier String enrolmentId, WithdrawalReason reason) {
}
