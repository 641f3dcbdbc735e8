package fi.verme.meetings.web;

import jakarta.validation.constraints.NotNull;

/** Body of {@code PUT …/joint-meeting-limits}: how many kickoffs and closings a group may take part in, 1 to 10 each. */
record JointMeetingLimitsRequest(@NotNull Integer kickoffs, @NotNull Integer closings) {
}
