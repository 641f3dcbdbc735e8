package fi.verme.compensation.web;

import fi.verme.compensation.api.RejectionReason;
import jakarta.validation.constraints.NotNull;

record RejectionRequest(@NotNull RejectionReason reason) {
}
