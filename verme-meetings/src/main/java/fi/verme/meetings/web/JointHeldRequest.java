package fi.verme.meetings.web;

import jakarta.validation.constraints.NotNull;
import java.util.List;

/** Body of {@code POST …/joint-meetings/{id}/held}: how long it lasted and, optionally, who was there. */
record JointHeldRequest(@NotNull Integer durationMinutes, List<@NotNull String> attendees) {
}
