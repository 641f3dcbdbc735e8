package fi.verme.meetings.api;

import java.time.LocalDate;

/**
 * Every group's meetings of one status dated from {@code from} to {@code to}, both included, joint meetings once for
 * each group taking part; in order of date and time. For the reminders, which look across all groups.
 */
public record ListMeetingsBetween(LocalDate from, LocalDate to, MeetingStatus status) {
}
