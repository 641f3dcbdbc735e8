package fi.verme.groups.web;

import jakarta.validation.constraints.NotBlank;

/** Body of {@code POST /api/groups/{id}/participants}. */
record PlacementRequest(@NotBlank String enrolmentId) {
}
