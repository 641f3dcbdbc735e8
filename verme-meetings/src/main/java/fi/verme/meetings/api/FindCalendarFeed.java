package fi.verme.meetings.api;

import java.util.List;

/**
 * The meetings of some groups, joint meetings included, as one iCalendar feed named {@code name}: one group's
 * feed, or a person's over all their groups. Answered with a {@link CalendarFeedView}; a group that is not
 * found adds nothing.
 */
public record FindCalendarFeed(String name, List<String> groupIds) {
}
