package fi.verme.meetings.web;

import jakarta.validation.constraints.NotBlank;
import java.util.List;

/** Body of {@code POST /api/meetings/{id}/minutes}. */
record MinutesRequest(List<String> topics, @NotBlank String text) {
}
