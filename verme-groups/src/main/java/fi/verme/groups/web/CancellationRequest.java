package fi.verme.groups.web;

import fi.verme.groups.api.CancellationReason;
import jakarta.validation.constraints.NotNull;

record CancellationRequest(@NotNull CancellationReason reason) {
}
