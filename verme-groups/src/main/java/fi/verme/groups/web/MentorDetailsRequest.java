package fi.verme.groups.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** Body of {@code PUT /api/mentors/{id}}. */
record MentorDetailsRequest(
        @NotBlank @Size(max = 200) String organisation,
        @NotNull Integer trainingYear,
        @NotBlank @Size(max = 200) String trainingProvider) {
}
