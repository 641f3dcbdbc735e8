package fi.verme.app.audit;

import fi.verme.app.platform.web.ProjectionBarrier;
import fi.verme.shared.InvalidInputException;
import fi.verme.shared.Listing;
import fi.verme.shared.Page;
import fi.verme.shared.ProgrammeYear;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.regex.Pattern;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
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
    static final List<String> SORTABLE = List.of("position");
    private static final Pattern EVENT_NAME = Pattern.compile("[A-Z][A-Za-z]{1,80}");

    private final JdbcTemplate jdbc;
    private final ProjectionBarrier index;

    Timeline(JdbcTemplate jdbc, ProjectionBarrier index) {
        this.jdbc = jdbc;
        this.index = index;
    }

    /** {@code type}: the event's name ({@code EnrolmentSubmitted}), as in the export's payload type. */
    record TypeCount(String type, long count) {
    }

    record Month(YearMonth month, long events, List<TypeCount> byType) {
    }

    /**
     * {@code actingUser}: the account that caused it; absent for the public form and the application itself.
     * {@code correlationId}: shared by every event one request caused.
     */
    record Recent(long position, Instant time, String type, String actingUser, String correlationId) {
    }

    record YearTimeline(long events, List<Month> months, List<Recent> recent) {
    }

    @GetMapping("/api/programmes/{organiser}/{schoolYear}/timeline")
    YearTimeline timeline(@PathVariable String organiser, @PathVariable String schoolYear) {
        var year = new ProgrammeYear(organiser, schoolYear).id();
        index.awaitForRead();
        var months = new LinkedHashMap<YearMonth, List<TypeCount>>();
        jdbc.query("""
                select to_char(e.time_stamp::timestamptz at time zone ?, 'YYYY-MM') as month,
                    regexp_replace(e.payload_type, '^.*[.$]', '') as type, count(*) as events
                from app.event_programme p join domain_event_entry e on e.global_index = p.global_index
                where p.programme_year = ? group by 1, 2 order by 1, 3 desc, 2""", rs -> {
            months.computeIfAbsent(YearMonth.parse(rs.getString("month")), m -> new ArrayList<>())
                    .add(new TypeCount(rs.getString("type"), rs.getLong("events")));
        }, FINLAND.getId(), year);
        var recent = events(year, null, Listing.of(null, null, 1, RECENT, SORTABLE, "position,desc")).items();
        var monthList = months.entrySet().stream().map(month -> new Month(month.getKey(),
                month.getValue().stream().mapToLong(TypeCount::count).sum(), month.getValue())).toList();
        return new YearTimeline(monthList.stream().mapToLong(Month::events).sum(), monthList, recent);
    }

    /**
     * Every event of the year, a page at a time: {@code type} an event's name (EnrolmentSubmitted); {@code q} words
     * in who caused it, its correlation id or its name; {@code sort} {@code position} (ascending, the order they
     * happened) or {@code position,desc}; {@code page}, {@code size} as every list. The total is in
     * {@code X-Total-Count}.
     */
    @GetMapping("/api/programmes/{organiser}/{schoolYear}/timeline/events")
    Page<Recent> events(@PathVariable String organiser, @PathVariable String schoolYear,
                        @RequestParam(required = false) String type, @RequestParam(required = false) String q,
                        @RequestParam(required = false) String sort, @RequestParam(required = false) Integer page,
                        @RequestParam(required = false) Integer size) {
        if (type != null && !EVENT_NAME.matcher(type).matches()) {
            throw new InvalidInputException("type", "an event's name, such as EnrolmentSubmitted");
        }
        var listing = Listing.of(q, sort, page, size, SORTABLE, "position");
        var year = new ProgrammeYear(organiser, schoolYear).id();
        index.awaitForRead();
        return events(year, type, listing);
    }

    private Page<Recent> events(String year, String type, Listing listing) {
        var where = new StringBuilder("p.programme_year = ?");
        var arguments = new ArrayList<Object>(List.of(year));
        if (type != null) {
            where.append(" and regexp_replace(e.payload_type, '^.*[.$]', '') = ?");
            arguments.add(type);
        }
        for (var word : listing.words()) {
            where.append(" and strpos(lower(concat_ws(' ', m.meta ->> 'actingUser', m.meta ->> 'correlationId',")
                    .append(" e.payload_type)), ?) > 0");
            arguments.add(word);
        }
        var from = """
                from app.event_programme p join domain_event_entry e on e.global_index = p.global_index
                cross join lateral (select convert_from(e.meta_data, 'UTF8')::jsonb as meta) m
                """ + "where " + where;
        long total = jdbc.queryForObject("select count(*) " + from, Long.class, arguments.toArray());
        var page = new ArrayList<>(arguments);
        page.add(listing.limit());
        page.add(listing.offset());
        var rows = jdbc.query("""
                select e.global_index, e.time_stamp, regexp_replace(e.payload_type, '^.*[.$]', '') as type,
                    m.meta ->> 'actingUser' as acting_user, m.meta ->> 'correlationId' as correlation_id
                """ + from + " order by p.global_index " + (listing.descending() ? "desc" : "asc")
                        + " limit ? offset ?",
                (rs, row) -> new Recent(rs.getLong("global_index"), Instant.parse(rs.getString("time_stamp")),
                        rs.getString("type"), rs.getString("acting_user"), rs.getString("correlation_id")),
                page.toArray());
        return new Page<>(rows, total, listing);
    }
}
