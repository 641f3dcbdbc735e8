package fi.verme.meetings.web;

import fi.verme.meetings.api.JointMeetingKind;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

/** Body of {@code POST …/joint-meetings/planned}: the joint meeting's day, time, length and place, and its groups. */
record PlannedJointMeetingRequest(
        @NotNull JointMeetingKind kind,
        @NotNull LocalDate date,
        @NotNull LocalTime startTime,
        @NotNull Integer plannedMinutes,
        @NotBlank @Size(max = 300) String place,
        @NotEmpty List<@NotNull String> groups) {
}
