package fi.verme.meetings.web;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.time.LocalTime;

/**
 * Body of {@code POST /api/groups/{id}/meeting-series}: {@code count} meetings, the first on {@code firstDate}, each
 * next {@code everyWeeks} weeks later on the same weekday, at {@code startTime} for {@code plannedMinutes}.
 */
record SeriesRequest(
        @NotNull LocalDate firstDate,
        @NotNull @Min(1) @Max(8) Integer everyWeeks,
        @NotNull @Min(2) @Max(20) Integer count,
        @NotNull LocalTime startTime,
        @NotNull Integer plannedMinutes,
        @NotBlank @Size(max = 300) String place,
        Boolean online) {
}
