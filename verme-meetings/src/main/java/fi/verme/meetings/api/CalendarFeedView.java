package fi.verme.meetings.api;

/**
 * An iCalendar feed (RFC 5545) as text. Each meeting keeps its UID, its SEQUENCE grows with each change of its
 * time, place or status and LAST-MODIFIED says when, so that a subscribed calendar moves a rescheduled meeting
 * and shows a cancelled one as cancelled.
 */
public record CalendarFeedView(String icalendar) {
}
