package fi.verme.meetings.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.time.LocalTime;

/** Body of {@code POST /api/groups/{id}/meetings} and {@code …/reschedule}. */
record MeetingRequest(
        @NotNull LocalDate date,
        @NotNull LocalTime startTime,
        @NotNull Integer plannedMinutes,
        @NotBlank @Size(max = 300) String place,
        Boolean online) {
}
