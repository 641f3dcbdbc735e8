package fi.verme.app.audit;

import fi.verme.shared.ProgrammeYear;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * A programme year's history as people read it on the audit screen: how many events of each kind each month
 * (Finnish time), and the latest events with who caused them. The export ({@link EventExport}) is the
 * history itself; this is its table of contents.
 */
@RestController
class Timeline {

    static final ZoneId FINLAND = ZoneId.of("Europe/Helsinki");
    static final int RECENT = 50;

    private final JdbcTemplate jdbc;

    Timeline(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** {@code type}: the event's name ({@code EnrolmentSubmitted}), as in the export's payload type. */
    record TypeCount(String type, long count) {
    }

    record Month(YearMonth month, long events, List<TypeCount> byType) {
    }

    /** {@code actingUser}: the account that caused it; absent for the public form and the application itself. */
    record Recent(long position, Instant time, String type, String actingUser) {
    }

    record YearTimeline(long events, List<Month> months, List<Recent> recent) {
    }

    @GetMapping("/api/programmes/{organiser}/{schoolYear}/timeline")
    YearTimeline timeline(@PathVariable String organiser, @PathVariable String schoolYear) {
        var year = new ProgrammeYear(organiser, schoolYear).id();
        var months = new LinkedHashMap<YearMonth, List<TypeCount>>();
        jdbc.query("""
                select to_char(e.time_stamp::timestamptz at time zone ?, 'YYYY-MM') as month,
                    regexp_replace(e.payload_type, '^.*[.$]', '') as type, count(*) as events
                from app.event_programme p join domain_event_entry e on e.global_index = p.global_index
                where p.programme_year = ? group by 1, 2 order by 1, 3 desc, 2""", rs -> {
            months.computeIfAbsent(YearMonth.parse(rs.getString("month")), m -> new ArrayList<>())
                    .add(new TypeCount(rs.getString("type"), rs.getLong("events")));
        }, FINLAND.getId(), year);
        var recent = jdbc.query("""
                select e.global_index, e.time_stamp, regexp_replace(e.payload_type, '^.*[.$]', '') as type,
                    convert_from(e.meta_data, 'UTF8')::jsonb ->> 'actingUser' as acting_user
                from app.event_programme p join domain_event_entry e on e.global_index = p.global_index
                where p.programme_year = ? order by p.global_index desc limit ?""",
                (rs, row) -> new Recent(rs.getLong("global_index"), Instant.parse(rs.getString("time_stamp")),
                        rs.getString("type"), rs.getString("acting_user")), year, RECENT);
        var monthList = months.entrySet().stream().map(month -> new Month(month.getKey(),
                month.getValue().stream().mapToLong(TypeCount::count).sum(), month.getValue())).toList();
        return new YearTimeline(monthList.stream().mapToLong(Month::events).sum(), monthList, recent);
    }
}
