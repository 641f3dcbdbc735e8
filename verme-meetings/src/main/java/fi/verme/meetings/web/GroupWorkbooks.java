package fi.verme.meetings.web;

import fi.verme.groups.api.FindGroup;
import fi.verme.groups.api.GroupNotFoundException;
import fi.verme.groups.api.GroupView;
import fi.verme.groups.api.PersonName;
import fi.verme.meetings.api.ListMeetings;
import fi.verme.meetings.api.MeetingStatus;
import fi.verme.meetings.api.MeetingView;
import fi.verme.shared.Table;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * A group's roster and attendance as spreadsheets (XLSX, or CSV by the same name), as the group page shows them:
 * the mentors and members with their employer, unit and e-mail; and one row per member and held meeting (the
 * group's own and the joint ones) saying whether they were there and for how long, which a spreadsheet sums or
 * pivots into a sign-in matrix. An erased member keeps their rows without their name.
 */
@RestController
class GroupWorkbooks {

    /** Who a row of the roster is, and whether a member was at a meeting, named in the reader's language. */
    private static final Table.Label MENTOR = new Table.Label("RosterRole", "MENTOR");
    private static final Table.Label MEMBER = new Table.Label("RosterRole", "MEMBER");
    private static final Table.Label PRESENT = new Table.Label("Presence", "PRESENT");
    private static final Table.Label ABSENT = new Table.Label("Presence", "ABSENT");

    private final QueryGateway queries;

    GroupWorkbooks(QueryGateway queries) {
        this.queries = queries;
    }

    @GetMapping(path = {"/api/groups/{groupId}/roster.xlsx", "/api/groups/{groupId}/roster.csv"},
            produces = {Table.XLSX, Table.CSV})
    Table roster(@PathVariable String groupId) {
        var group = group(groupId);
        var rows = new ArrayList<List<Object>>();
        for (var mentor : group.mentors()) {
            rows.add(Arrays.asList(lastName(mentor.name()), firstName(mentor.name()), MENTOR, mentor.email(),
                    mentor.organisation(), null, null));
        }
        group.members().stream().sorted(Comparator.comparing((GroupView.Member m) -> lastName(m.name()),
                        Comparator.nullsLast(Comparator.naturalOrder())))
                .forEach(member -> rows.add(Arrays.asList(lastName(member.name()), firstName(member.name()),
                        MEMBER, member.email(), member.employer(), member.unit(), member.placedAt())));
        return new Table("list.rosterFile", group.name(), List.of("list.lastName", "list.firstName", "list.role",
                "list.email", "list.employer", "list.unit", "list.placedAt"), rows);
    }

    @GetMapping(path = {"/api/groups/{groupId}/attendance.xlsx", "/api/groups/{groupId}/attendance.csv"},
            produces = {Table.XLSX, Table.CSV})
    Table attendance(@PathVariable String groupId) {
        var group = group(groupId);
        List<MeetingView> meetings = queries.query(new ListMeetings(groupId),
                ResponseTypes.multipleInstancesOf(MeetingView.class)).join();
        var rows = new ArrayList<List<Object>>();
        meetings.stream().filter(meeting -> meeting.status() == MeetingStatus.HELD)
                .sorted(Comparator.comparing(MeetingView::date).thenComparing(MeetingView::startTime,
                        Comparator.nullsFirst(Comparator.naturalOrder())))
                .forEach(meeting -> {
                    for (var member : group.members()) {
                        boolean present = meeting.attendees().contains(member.personId());
                        rows.add(Arrays.asList(meeting.date(), meeting.startTime() == null ? null
                                        : meeting.startTime().toString(), lastName(member.name()),
                                firstName(member.name()), present ? PRESENT : ABSENT,
                                present ? hours(meeting.heldMinutes()) : BigDecimal.ZERO));
                    }
                });
        return new Table("list.attendanceFile", group.name(), List.of("group.date", "group.time", "list.lastName",
                "list.firstName", "list.present", "list.hours"), rows);
    }

    private GroupView group(String groupId) {
        return queries.query(new FindGroup(groupId), ResponseTypes.optionalInstanceOf(GroupView.class)).join()
                .orElseThrow(() -> new GroupNotFoundException(groupId));
    }

    private static String lastName(PersonName name) {
        return name == null || name.erased() ? null : name.lastName();
    }

    private static String firstName(PersonName name) {
        return name == null || name.erased() ? null : name.firstName();
    }

    private static BigDecimal hours(Integer minutes) {
        return BigDecimal.valueOf(Objects.requireNonNullElse(minutes, 0))
                .divide(BigDecimal.valueOf(60), 2, RoundingMode.HALF_UP).stripTrailingZeros();
    }
}
