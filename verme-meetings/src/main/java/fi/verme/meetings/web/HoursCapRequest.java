package fi.verme.meetings.web;

import jakarta.validation.constraints.NotNull;

record HoursCapRequest(@NotNull Integer hours) {
}
