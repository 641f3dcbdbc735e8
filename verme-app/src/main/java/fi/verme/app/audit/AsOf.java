package fi.verme.app.audit;

import fi.verme.compensation.api.ClaimApproved;
import fi.verme.compensation.api.CompensationRules;
import fi.verme.compensation.api.CompensationRulesSet;
import fi.verme.compensation.api.ExpenseClaimed;
import fi.verme.compensation.api.FeeSchedule;
import fi.verme.compensation.api.LineKind;
import fi.verme.compensation.api.OrganisingHoursClaimed;
import fi.verme.compensation.api.PaymentPeriodApproved;
import fi.verme.compensation.api.PaymentPeriodPaid;
import fi.verme.compensation.api.Priced;
import fi.verme.groups.api.GroupCancelled;
import fi.verme.groups.api.GroupCompleted;
import fi.verme.groups.api.GroupFormed;
import fi.verme.groups.api.GroupMentor;
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
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.SimpleSerializedObject;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * What the rosters, hours and compensation of a programme year were at the end of a day (Helsinki):
 * the year's events up to then are read in global order and folded into a scratch state in memory,
 * without touching the live views. Compensation is priced under the rules in force that day; approved
 * and paid amounts are those approved and paid by then.
 */
@Component
class AsOf {

    static final ZoneId HELSINKI = ZoneId.of("Europe/Helsinki");

    private final JdbcTemplate jdbc;
    private final Serializer serializer;

    AsOf(JdbcTemplate jdbc, @Qualifier("eventSerializer") Serializer serializer) {
        this.jdbc = jdbc;
        this.serializer = serializer;
    }

    record GroupAsOf(String groupId, String name, String theme, GroupStatus status, List<String> members,
                     int heldMinutes, int jointMinutes) {
    }

    record MentorAsOf(String mentorId, BigDecimal owed, BigDecimal approved, BigDecimal paid) {
    }

    record AsOfView(ProgrammeYear programmeYear, LocalDate date, long eventsReplayed, Long lastPosition,
                    List<GroupAsOf> groups, List<MentorAsOf> compensation, BigDecimal owed, BigDecimal approved,
                    BigDecimal paid) {
    }

    /** One thing a mentor is owed. */
    private record Owed(String mentorId, Priced priced) {
    }

    /** The scratch state: only what the answer needs. */
    private static final class Scratch {
        final Map<String, GroupFormed> groups = new LinkedHashMap<>();
        final Map<String, GroupStatus> status = new HashMap<>();
        final Map<String, List<String>> members = new HashMap<>();
        final Map<String, int[]> minutes = new HashMap<>();
        CompensationRules rules;
        final Map<String, Owed> sources = new TreeMap<>();
        final Map<String, Owed> claims = new HashMap<>();
        final Map<String, List<PaymentPeriodApproved.ApprovedLine>> periods = new HashMap<>();
        final Set<String> paidPeriods = new HashSet<>();
    }

    AsOfView at(ProgrammeYear year, LocalDate date) {
        var end = date.plusDays(1).atStartOfDay(HELSINKI).toInstant();
        var scratch = new Scratch();
        long[] replayed = {0, -1};
        jdbc.query("""
                select e.global_index, e.payload_type, e.payload_revision, e.payload
                from app.event_programme p join domain_event_entry e on e.global_index = p.global_index
                where p.programme_year = ? and e.time_stamp::timestamptz < ? order by p.global_index""",
                rs -> {
                    var event = serializer.deserialize(new SimpleSerializedObject<>(rs.getBytes(4), byte[].class,
                            rs.getString(2), rs.getString(3)));
                    apply(scratch, event);
                    replayed[0]++;
                    replayed[1] = rs.getLong(1);
                }, year.id(), Timestamp.from(end));
        return answer(year, date, scratch, replayed[0], replayed[1] < 0 ? null : replayed[1]);
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
            var formed = s.groups.get(e.groupId());
            if (formed != null) {
                for (GroupMentor mentor : formed.mentors()) {
                    s.sources.putIfAbsent("planning:" + e.programmeYear().id() + ":" + mentor.mentorId(),
                            new Owed(mentor.mentorId(), new Priced(LineKind.PLANNING_FEE, null, null, null, null)));
                }
            }
        } else if (event instanceof GroupCompleted e) {
            s.status.put(e.groupId(), GroupStatus.COMPLETED);
        } else if (event instanceof GroupCancelled e) {
            s.status.put(e.groupId(), GroupStatus.CANCELLED);
            s.members.put(e.groupId(), new ArrayList<>());
        } else if (event instanceof MeetingHeld e) {
            s.minutes.computeIfAbsent(e.groupId(), g -> new int[2])[0] += e.durationMinutes();
            for (var mentorId : e.mentorsPresent()) {
                s.sources.put("meeting:" + e.meetingId() + ":" + mentorId, new Owed(mentorId,
                        new Priced(LineKind.MEETING_FEE, null, e.durationMinutes(), null, null)));
            }
        } else if (event instanceof JointMeetingCounted e) {
            s.minutes.computeIfAbsent(e.groupId(), g -> new int[2])[1] += e.durationMinutes();
        } else if (event instanceof CompensationRulesSet e) {
            s.rules = e.rules();
        } else if (event instanceof OrganisingHoursClaimed e) {
            s.claims.put(e.claimId(), new Owed(e.mentorId(),
                    new Priced(LineKind.ORGANISING_HOURS, e.hours(), null, null, null)));
        } else if (event instanceof ExpenseClaimed e) {
            s.claims.put(e.claimId(), new Owed(e.mentorId(),
                    new Priced(LineKind.valueOf(e.kind().name()), null, null, e.days(), e.amount())));
        } else if (event instanceof ClaimApproved e && s.claims.containsKey(e.claimId())) {
            s.sources.put("claim:" + e.claimId(), s.claims.get(e.claimId()));
        } else if (event instanceof PaymentPeriodApproved e) {
            s.periods.put(e.periodId(), e.lines());
        } else if (event instanceof PaymentPeriodPaid e) {
            s.paidPeriods.add(e.periodId());
        }
    }

    private static AsOfView answer(ProgrammeYear year, LocalDate date, Scratch s, long replayed, Long last) {
        var groups = s.groups.values().stream().map(g -> {
            var minutes = s.minutes.getOrDefault(g.groupId(), new int[2]);
            return new GroupAsOf(g.groupId(), g.name(), g.theme(), s.status.get(g.groupId()),
                    List.copyOf(s.members.getOrDefault(g.groupId(), List.of())), minutes[0], minutes[1]);
        }).toList();
        var owed = new TreeMap<String, BigDecimal>();
        var approved = new TreeMap<String, BigDecimal>();
        var paid = new TreeMap<String, BigDecimal>();
        if (s.rules != null) {
            var schedule = new FeeSchedule(s.rules);
            s.sources.values().forEach(source -> {
                var amount = schedule.amount(source.priced());
                owed.merge(source.mentorId(), amount == null ? BigDecimal.ZERO : amount, BigDecimal::add);
            });
        }
        s.periods.forEach((periodId, lines) -> lines.forEach(line -> {
            approved.merge(line.mentorId(), line.amount(), BigDecimal::add);
            if (s.paidPeriods.contains(periodId)) {
                paid.merge(line.mentorId(), line.amount(), BigDecimal::add);
            }
        }));
        var mentors = new TreeMap<String, MentorAsOf>();
        for (var mentorId : union(owed.keySet(), approved.keySet())) {
            mentors.put(mentorId, new MentorAsOf(mentorId, owed.getOrDefault(mentorId, zero()),
                    approved.getOrDefault(mentorId, zero()), paid.getOrDefault(mentorId, zero())));
        }
        return new AsOfView(year, date, replayed, last, groups, List.copyOf(mentors.values()), sum(owed), sum(approved),
                sum(paid));
    }

    private static Set<String> union(Set<String> a, Set<String> b) {
        var all = new TreeSet<>(a);
        all.addAll(b);
        return all;
    }

    private static BigDecimal zero() {
        return BigDecimal.ZERO.setScale(2);
    }

    private static BigDecimal sum(Map<String, BigDecimal> amounts) {
        return amounts.values().stream().reduce(zero(), BigDecimal::add);
    }
}
