package fi.verme.meetings.web;

import fi.verme.shared.MultiLine;
import jakarta.validation.constraints.NotBlank;
import java.util.List;

/** Body of {@code POST /api/meetings/{id}/minutes}. */
record MinutesRequest(List<String> topics, @NotBlank @MultiLine String text) {
}
