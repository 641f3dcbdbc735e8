package fi.verme.enrolment.web;

import fi.verme.enrolment.api.WithdrawalReason;
import jakarta.validation.constraints.NotNull;

record WithdrawalRequest(@NotNull WithdrawalReason reason) {
}
