package fi.verme.meetings.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.time.LocalTime;

/** Body of {@code POST …/joint-meetings/{id}/reschedule}: the joint meeting's new day, time, length and place. */
record JointRescheduleRequest(
        @NotNull LocalDate date,
        @NotNull LocalTime startTime,
        @NotNull Integer plannedMinutes,
        @NotBlank @Size(max = 300) String place) {
}
