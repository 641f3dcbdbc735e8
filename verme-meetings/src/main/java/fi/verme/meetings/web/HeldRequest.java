package fi.verme.meetings.web;

import jakarta.validation.constraints.NotNull;
import java.util.List;

/** Body of {@code POST /api/meetings/{id}/held}: person ids of the members present; mentor ids, or all mentors. */
record HeldRequest(@NotNull Integer durationMinutes, @NotNull List<@NotNull String> attendees,
                   List<@NotNull String> mentorsPresent) {
}
