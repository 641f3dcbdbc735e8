package fi.verme.meetings.web;

import fi.verme.meetings.api.JointMeetingKind;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.util.List;

/** Body of {@code POST …/joint-meetings}: the groups that took part and, optionally, who was there. */
record JointMeetingRequest(
        @NotNull JointMeetingKind kind,
        @NotNull LocalDate date,
        @NotNull Integer durationMinutes,
        @NotEmpty List<@NotNull String> groups,
        List<@NotNull String> attendees) {
}
