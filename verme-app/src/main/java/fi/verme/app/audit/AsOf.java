package fi.verme.app.audit;

import fi.verme.app.platform.web.ProjectionBarrier;
import fi.verme.compensation.api.CompensationAsOfView;
import fi.verme.compensation.api.FindCompensationAsOf;
import fi.verme.groups.api.GroupCancelled;
import fi.verme.groups.api.GroupCompleted;
import fi.verme.groups.api.GroupFormed;
import fi.verme.groups.api.GroupStarted;
import fi.verme.groups.api.GroupStatus;
import fi.verme.groups.api.ParticipantPlaced;
import fi.verme.groups.api.ParticipantRemoved;
import fi.verme.meetings.api.JointMeetingCounted;
import fi.verme.meetings.api.MeetingHeld;
import fi.verme.shared.ProgrammeYear;
import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.axonframework.config.Configuration;
import org.axonframework.eventhandling.GenericDomainEventEntry;
import org.axonframework.eventsourcing.EventStreamUtils;
import org.axonframework.queryhandling.QueryGateway;
import org.axonframework.serialization.Serializer;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * What the rosters, hours and compensation of a programme year were at the end of a day (Helsinki):
 * the year's events up to then are read in global order and folded into a scratch state in memory,
 * without touching the live views. Compensation is the compensation module's answer to the same events
 * ({@link FindCompensationAsOf}): priced under the rules in force that day, as the ledger prices; approved and
 * paid amounts are those approved and paid by then.
 */
@Component
class AsOf {

    static final ZoneId HELSINKI = ZoneId.of("Europe/Helsinki");

    private final JdbcTemplate jdbc;
    private final Serializer serializer;
    private final Configuration axon;
    private final QueryGateway queries;
    private final ProjectionBarrier index;

    AsOf(JdbcTemplate jdbc, @Qualifier("eventSerializer") Serializer serializer, Configuration axon,
         QueryGateway queries, ProjectionBarrier index) {
        this.jdbc = jdbc;
        this.serializer = serializer;
        this.axon = axon;
        this.queries = queries;
        this.index = index;
    }

    record GroupAsOf(String groupId, String name, String theme, GroupStatus status, List<String> members,
                     int heldMinutes, int jointMinutes) {
    }

    record AsOfView(ProgrammeYear programmeYear, LocalDate date, long eventsReplayed, Long lastPosition,
                    List<GroupAsOf> groups, List<CompensationAsOfView.Mentor> compensation,
                    List<CompensationAsOfView.PayeeOwed> payees, BigDecimal owed,
                    BigDecimal approved, BigDecimal paid) {
    }

    /** The scratch state of the rosters and hours; compensation's events are kept for its module to fold. */
    private static final class Scratch {
        final Map<String, GroupFormed> groups = new LinkedHashMap<>();
        final Map<String, GroupStatus> status = new HashMap<>();
        final Map<String, List<String>> members = new HashMap<>();
        final Map<String, int[]> minutes = new HashMap<>();
        final List<Object> compensationEvents = new ArrayList<>();
    }

    AsOfView at(ProgrammeYear year, LocalDate date) {
        index.awaitForRead();
        var end = date.plusDays(1).atStartOfDay(HELSINKI).toInstant();
        var scratch = new Scratch();
        long[] replayed = {0, -1};
        var upcasters = axon.upcasterChain();
        jdbc.query("""
                select e.global_index, e.type, e.aggregate_identifier, e.sequence_number, e.event_identifier,
                    e.time_stamp, e.payload_type, e.payload_revision, e.payload, e.meta_data
                from app.event_programme p join domain_event_entry e on e.global_index = p.global_index
                where p.programme_year = ? and e.time_stamp::timestamptz < ? order by p.global_index""",
                rs -> {
                    // Through the upcasters, as the views and aggregates read it: an old revision reads as the newest.
                    var stored = new GenericDomainEventEntry<>(rs.getString(2), rs.getString(3), rs.getLong(4),
                            rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8), rs.getBytes(9),
                            rs.getBytes(10));
                    var events = EventStreamUtils.upcastAndDeserializeDomainEvents(Stream.of(stored), serializer,
                            upcasters);
                    while (events.hasNext()) {
                        var event = events.next().getPayload();
                        apply(scratch, event);
                        if (FindCompensationAsOf.concerns(event)) {
                            scratch.compensationEvents.add(event);
                        }
                    }
                    replayed[0]++;
                    replayed[1] = rs.getLong(1);
                }, year.id(), Timestamp.from(end));
        var compensation = queries.query(new FindCompensationAsOf(year, scratch.compensationEvents),
                CompensationAsOfView.class).join();
        return answer(year, date, scratch, compensation, replayed[0], replayed[1] < 0 ? null : replayed[1]);
    }

    private static void apply(Scratch s, Object event) {
        if (event instanceof GroupFormed e) {
            s.groups.put(e.groupId(), e);
            s.status.put(e.groupId(), GroupStatus.FORMING);
            s.members.put(e.groupId(), new ArrayList<>());
        } else if (event instanceof ParticipantPlaced e) {
            s.members.computeIfAbsent(e.groupId(), g -> new ArrayList<>()).add(e.enrolmentId());
        } else if (event instanceof ParticipantRemoved e) {
            s.members.getOrDefault(e.groupId(), new ArrayList<>()).remove(e.enrolmentId());
        } else if (event instanceof GroupStarted e) {
            s.status.put(e.groupId(), GroupStatus.STARTED);
        } else if (event instanceof GroupCompleted e) {
            s.status.put(e.groupId(), GroupStatus.COMPLETED);
        } else if (event instanceof GroupCancelled e) {
            s.status.put(e.groupId(), GroupStatus.CANCELLED);
            s.members.put(e.groupId(), new ArrayList<>());
        } else if (event instanceof MeetingHeld e) {
            s.minutes.computeIfAbsent(e.groupId(), g -> new int[2])[0] += e.durationMinutes();
        } else if (event instanceof JointMeetingCounted e) {
            s.minutes.computeIfAbsent(e.groupId(), g -> new int[2])[1] += e.durationMinutes();
        }
    }

    private static AsOfView answer(ProgrammeYear year, LocalDate date, Scratch s, CompensationAsOfView compensation,
                                   long replayed, Long last) {
        var groups = s.groups.values().stream().map(g -> {
            var minutes = s.minutes.getOrDefault(g.groupId(), new int[2]);
            return new GroupAsOf(g.groupId(), g.name(), g.theme(), s.status.get(g.groupId()),
                    List.copyOf(s.members.getOrDefault(g.groupId(), List.of())), minutes[0], minutes[1]);
        }).toList();
        return new AsOfView(year, date, replayed, last, groups, compensation.mentors(), compensation.payees(),
                compensation.owed(),
                compensation.approved(), compensation.paid());
    }
}
