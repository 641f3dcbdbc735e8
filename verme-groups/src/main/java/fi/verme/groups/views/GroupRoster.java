package fi.verme.groups.views;

import fi.verme.groups.api.ActionAgreementRecorded;
import fi.verme.groups.api.CancellationReason;
import fi.verme.groups.api.Commitment;
import fi.verme.groups.api.FindGroup;
import fi.verme.groups.api.FindPersonGroups;
import fi.verme.groups.api.FindProgrammeOverview;
import fi.verme.groups.api.GroupCancelled;
import fi.verme.groups.api.GroupCompleted;
import fi.verme.groups.api.GroupFormed;
import fi.verme.groups.api.GroupStarted;
import fi.verme.groups.api.GroupStatus;
import fi.verme.groups.api.GroupSummaryView;
import fi.verme.groups.api.GroupType;
import fi.verme.groups.api.GroupView;
import fi.verme.groups.api.ListGroups;
import fi.verme.groups.api.ListLedGroups;
import fi.verme.groups.api.ParticipantPlaced;
import fi.verme.groups.api.ParticipantRemoved;
import fi.verme.groups.api.PersonGroupView;
import fi.verme.groups.api.ProgrammeOverview.ThemeLine;
import fi.verme.groups.api.ProgrammeOverview;
import fi.verme.shared.ProgrammeYear;
import fi.verme.shared.ViewProcessors;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Every group's roster and the programme overview. Names come from the person register when read;
 * workplace comes from the enrolment.
 */
@Component
@ProcessingGroup(GroupRoster.PROCESSING_GROUP)
class GroupRoster {

    static final String PROCESSING_GROUP = "groups-rosters";

    private final JdbcTemplate jdbc;
    private final PersonNames names;

    GroupRoster(JdbcTemplate jdbc, PersonNames names) {
        this.jdbc = jdbc;
        this.names = names;
    }

    @EventHandler
    void on(GroupFormed event) {
        jdbc.update("""
                insert into groups.group_view (group_id, programme_year, theme, name, status, min_size, max_size,
                    place, online, group_type, formed_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                on conflict (group_id) do nothing""",
                event.groupId(), event.programmeYear().id(), event.theme(), event.name(), GroupStatus.FORMING.name(),
                event.minSize(), event.maxSize(), event.place(), event.online(),
                event.groupType() == null ? null : event.groupType().name(), Timestamp.from(event.formedAt()));
        for (int i = 0; i < event.mentors().size(); i++) {
            var mentor = event.mentors().get(i);
            jdbc.update("""
                    insert into groups.group_mentor (group_id, mentor_id, person_id, position) values (?, ?, ?, ?)
                    on conflict do nothing""", event.groupId(), mentor.mentorId(), mentor.personId(), i);
        }
    }

    @EventHandler
    void on(ParticipantPlaced event) {
        jdbc.update("""
                insert into groups.group_member (group_id, enrolment_id, person_id, placed_at) values (?, ?, ?, ?)
                on conflict do nothing""",
                event.groupId(), event.enrolmentId(), event.personId(), Timestamp.from(event.placedAt()));
    }

    @EventHandler
    void on(ParticipantRemoved event) {
        jdbc.update("delete from groups.group_member where group_id = ? and enrolment_id = ?", event.groupId(),
                event.enrolmentId());
    }

    @EventHandler
    void on(GroupStarted event) {
        jdbc.update("update groups.group_view set status = ?, started_on = ? where group_id = ?",
                GroupStatus.STARTED.name(), Date.valueOf(event.startedOn()), event.groupId());
    }

    @EventHandler
    void on(ActionAgreementRecorded event) {
        jdbc.update("""
                update groups.group_view set agreed_on = ?, commitments = ?, accepted_by = ? where group_id = ?""",
                Date.valueOf(event.agreedOn()), event.commitments().stream().map(Enum::name).toArray(String[]::new),
                event.acceptedBy().toArray(String[]::new), event.groupId());
    }

    @EventHandler
    void on(GroupCompleted event) {
        jdbc.update("update groups.group_view set status = ?, completed_on = ? where group_id = ?",
                GroupStatus.COMPLETED.name(), Date.valueOf(event.completedOn()), event.groupId());
    }

    @EventHandler
    void on(GroupCancelled event) {
        jdbc.update("""
                update groups.group_view set status = ?, cancelled_on = ?, cancellation_reason = ? where group_id = ?""",
                GroupStatus.CANCELLED.name(), Date.valueOf(event.cancelledOn()), event.reason().name(),
                event.groupId());
        jdbc.update("delete from groups.group_member where group_id = ?", event.groupId());
    }

    @ResetHandler
    void reset() {
        ViewProcessors.emptying("groups.group_view", "groups.group_member", "groups.group_mentor")
                .forEach(jdbc::execute);
    }

    @QueryHandler
    Optional<GroupView> find(FindGroup query) {
        var groups = jdbc.query("select * from groups.group_view where group_id = ?", (rs, row) -> new Row(rs),
                query.groupId());
        if (groups.isEmpty()) {
            return Optional.empty();
        }
        var group = groups.get(0);
        record MemberRow(String enrolmentId, String personId, String employer, String unit, Timestamp placedAt) {
        }
        var members = jdbc.query("""
                select m.enrolment_id, m.person_id, c.employer, c.unit, m.placed_at
                from groups.group_member m left join groups.candidate c on c.enrolment_id = m.enrolment_id
                where m.group_id = ? order by m.placed_at, m.enrolment_id""",
                (rs, row) -> new MemberRow(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getTimestamp(5)), query.groupId());
        record MentorRow(String mentorId, String personId, String organisation) {
        }
        var mentors = jdbc.query("""
                select gm.mentor_id, gm.person_id, m.organisation
                from groups.group_mentor gm left join groups.mentor m on m.mentor_id = gm.mentor_id
                where gm.group_id = ? order by gm.position""",
                (rs, row) -> new MentorRow(rs.getString(1), rs.getString(2), rs.getString(3)), query.groupId());
        var people = new HashSet<String>();
        members.forEach(m -> people.add(m.personId()));
        mentors.forEach(m -> people.add(m.personId()));
        var register = names.of(people);
        int size = members.size();
        var agreement = group.agreedOn == null ? null : new GroupView.Agreement(group.agreedOn,
                group.commitments.stream().map(Commitment::valueOf).toList(), group.acceptedBy);
        return Optional.of(new GroupView(group.groupId, group.programmeYear, group.theme, group.name, group.status,
                size, group.minSize, group.maxSize, group.freeSeats(size),
                size >= group.minSize, group.place, group.online, group.groupType,
                mentors.stream().map(m -> new GroupView.Mentor(m.mentorId(), m.personId(),
                        register.name(m.personId()), m.organisation(), register.email(m.personId()))).toList(),
                members.stream().map(m -> new GroupView.Member(m.enrolmentId(), m.personId(),
                        register.name(m.personId()), register.email(m.personId()), m.employer(), m.unit(),
                        m.placedAt().toInstant())).toList(),
                agreement, group.formedAt, group.startedOn, group.completedOn, group.cancelledOn,
                group.cancellationReason));
    }

    @QueryHandler
    List<PersonGroupView> groupsOf(FindPersonGroups query) {
        return jdbc.query("""
                select g.group_id, g.programme_year, g.name, g.theme, g.status, true as mentor, m.mentor_id
                from groups.group_view g join groups.group_mentor m on m.group_id = g.group_id where m.person_id = ?
                union all
                select g.group_id, g.programme_year, g.name, g.theme, g.status, false as mentor, null as mentor_id
                from groups.group_view g join groups.group_member m on m.group_id = g.group_id where m.person_id = ?
                order by programme_year desc, name, group_id, mentor desc""",
                GroupRoster::personGroup, query.personId(), query.personId());
    }

    @QueryHandler
    List<PersonGroupView> led(ListLedGroups query) {
        return jdbc.query("""
                select g.group_id, g.programme_year, g.name, g.theme, g.status, true as mentor, m.mentor_id
                from groups.group_view g join groups.group_mentor m on m.group_id = g.group_id
                where m.person_id = ? and g.programme_year = ? order by g.name, g.group_id""",
                GroupRoster::personGroup, query.personId(), query.programmeYear().id());
    }

    private static PersonGroupView personGroup(ResultSet rs, int row) throws SQLException {
        return new PersonGroupView(rs.getString("group_id"), ProgrammeYear.fromId(rs.getString("programme_year")),
                rs.getString("name"), rs.getString("theme"), GroupStatus.valueOf(rs.getString("status")),
                rs.getBoolean("mentor"), rs.getString("mentor_id"));
    }

    @QueryHandler
    List<GroupSummaryView> list(ListGroups query) {
        var sql = new StringBuilder("""
                select g.*, (select count(*) from groups.group_member m where m.group_id = g.group_id) as size,
                    array(select gm.mentor_id from groups.group_mentor gm where gm.group_id = g.group_id
                          order by gm.position) as mentor_ids
                from groups.group_view g where g.programme_year = ?""");
        var args = new ArrayList<Object>(List.of(query.programmeYear().id()));
        if (query.theme() != null) {
            sql.append(" and g.theme = ?");
            args.add(query.theme());
        }
        if (query.status() != null) {
            sql.append(" and g.status = ?");
            args.add(query.status().name());
        }
        sql.append(" order by g.theme, g.name, g.group_id");
        return jdbc.query(sql.toString(), (rs, row) -> {
            var group = new Row(rs);
            int size = rs.getInt("size");
            return new GroupSummaryView(group.groupId, group.theme, group.name, group.status, size, group.minSize,
                    group.maxSize, group.freeSeats(size), Arrays.asList((String[]) rs.getArray("mentor_ids").getArray()),
                    group.agreedOn != null, group.groupType);
        }, args.toArray());
    }

    @QueryHandler
    ProgrammeOverview overview(FindProgrammeOverview query) {
        var year = query.programmeYear();
        var groups = list(new ListGroups(year, null, null));
        var byStatus = emptyStatusCounts();
        var themes = new LinkedHashMap<String, ThemeTotals>();
        int placed = 0;
        int freeSeats = 0;
        for (var group : groups) {
            byStatus.merge(group.status(), 1, Integer::sum);
            var theme = themes.computeIfAbsent(group.theme(), t -> new ThemeTotals());
            theme.byStatus.merge(group.status(), 1, Integer::sum);
            theme.placed += group.size();
            theme.freeSeats += group.freeSeats();
            placed += group.size();
            freeSeats += group.freeSeats();
        }
        Integer waitlisted = jdbc.queryForObject("""
                select count(*) from groups.candidate where programme_year = ? and status = 'WAITLISTED'""",
                Integer.class, year.id());
        Integer unplaced = jdbc.queryForObject("""
                select count(*) from groups.candidate c where c.programme_year = ? and c.status = 'SUBMITTED'
                  and not exists (select 1 from groups.membership m where m.enrolment_id = c.enrolment_id)""",
                Integer.class, year.id());
        var lines = themes.entrySet().stream().map(e -> new ThemeLine(e.getKey(), Map.copyOf(e.getValue().byStatus),
                e.getValue().placed, e.getValue().freeSeats)).toList();
        return new ProgrammeOverview(year, Map.copyOf(byStatus), lines, placed, freeSeats,
                waitlisted == null ? 0 : waitlisted, unplaced == null ? 0 : unplaced);
    }

    private static EnumMap<GroupStatus, Integer> emptyStatusCounts() {
        var counts = new EnumMap<GroupStatus, Integer>(GroupStatus.class);
        for (var status : GroupStatus.values()) {
            counts.put(status, 0);
        }
        return counts;
    }

    private static final class ThemeTotals {
        final EnumMap<GroupStatus, Integer> byStatus = emptyStatusCounts();
        int placed;
        int freeSeats;
    }

    /** One row of {@code group_view}. */
    private static final class Row {
        final String groupId;
        final ProgrammeYear programmeYear;
        final String theme;
        final String name;
        final GroupStatus status;
        final int minSize;
        final int maxSize;
        final String place;
        final boolean online;
        final GroupType groupType;
        final Instant formedAt;
        final LocalDate startedOn;
        final LocalDate completedOn;
        final LocalDate cancelledOn;
        final CancellationReason cancellationReason;
        final LocalDate agreedOn;
        final List<String> commitments;
        final List<String> acceptedBy;

        Row(ResultSet rs) throws SQLException {
            groupId = rs.getString("group_id");
            programmeYear = ProgrammeYear.fromId(rs.getString("programme_year"));
            theme = rs.getString("theme");
            name = rs.getString("name");
            status = GroupStatus.valueOf(rs.getString("status"));
            minSize = rs.getInt("min_size");
            maxSize = rs.getInt("max_size");
            place = rs.getString("place");
            online = rs.getBoolean("online");
            String type = rs.getString("group_type");
            groupType = type == null ? null : GroupType.valueOf(type);
            formedAt = rs.getTimestamp("formed_at").toInstant();
            startedOn = date(rs, "started_on");
            completedOn = date(rs, "completed_on");
            cancelledOn = date(rs, "cancelled_on");
            String reason = rs.getString("cancellation_reason");
            cancellationReason = reason == null ? null : CancellationReason.valueOf(reason);
            agreedOn = date(rs, "agreed_on");
            commitments = strings(rs, "commitments");
            acceptedBy = strings(rs, "accepted_by");
        }

        int freeSeats(int size) {
            return status.isClosed() ? 0 : Math.max(0, maxSize - size);
        }

        private static LocalDate date(ResultSet rs, String column) throws SQLException {
            Date value = rs.getDate(column);
            return value == null ? null : value.toLocalDate();
        }

        private static List<String> strings(ResultSet rs, String column) throws SQLException {
            var array = rs.getArray(column);
            return array == null ? List.of() : Arrays.asList((String[]) array.getArray());
        }
    }
}
