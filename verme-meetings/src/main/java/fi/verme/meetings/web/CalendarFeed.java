package fi.verme.meetings.web;

import fi.verme.groups.api.FindGroup;
import fi.verme.groups.api.GroupNotFoundException;
import fi.verme.groups.api.GroupView;
import fi.verme.meetings.api.CalendarFeedView;
import fi.verme.meetings.api.FindCalendarFeed;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * A group's meetings as an iCalendar feed that members subscribe to in Outlook or Google Calendar
 * ({@link FindCalendarFeed} writes it).
 */
@RestController
class CalendarFeed {

    private static final MediaType TEXT_CALENDAR = new MediaType("text", "calendar", StandardCharsets.UTF_8);

    private final QueryGateway queries;

    CalendarFeed(QueryGateway queries) {
        this.queries = queries;
    }

    @GetMapping("/api/groups/{groupId}/meetings.ics")
    ResponseEntity<String> feed(@PathVariable String groupId) {
        var group = queries.query(new FindGroup(groupId), ResponseTypes.optionalInstanceOf(GroupView.class)).join()
                .orElseThrow(() -> new GroupNotFoundException(groupId));
        var feed = queries.query(new FindCalendarFeed("Verme: " + group.name(), List.of(groupId)),
                CalendarFeedView.class).join();
        return ResponseEntity.ok().contentType(TEXT_CALENDAR).body(feed.icalendar());
    }
}
