package fi.verme.meetings.web;

import fi.verme.meetings.api.MeetingCancellationReason;
import jakarta.validation.constraints.NotNull;

record CancelMeetingRequest(@NotNull MeetingCancellationReason reason) {
}
