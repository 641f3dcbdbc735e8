package fi.verme.groups.views;

import fi.verme.enrolment.api.WaitlistReason;
import fi.verme.groups.api.ListWaitlist;
import fi.verme.groups.api.WaitlistEntryView;
import java.sql.Timestamp;
import java.util.Arrays;
import java.util.List;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * A programme year's waiting list, in order of enrolment, with names from the person register. It reads the
 * candidates lookup's table, which is current in the transaction of every placement.
 */
@Component
class WaitingList {

    private final JdbcTemplate jdbc;
    private final PersonNames names;

    WaitingList(JdbcTemplate jdbc, PersonNames names) {
        this.jdbc = jdbc;
        this.names = names;
    }

    @QueryHandler
    List<WaitlistEntryView> waitlist(ListWaitlist query) {
        record Row(String enrolmentId, String personId, String employer, String unit, List<String> wishes,
                   String reason, Timestamp submittedAt) {
        }
        var rows = jdbc.query("""
                select enrolment_id, person_id, employer, unit, theme_wishes, waitlist_reason, submitted_at
                from groups.candidate where programme_year = ? and status = 'WAITLISTED'
                order by submitted_at, enrolment_id""",
                (rs, row) -> new Row(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        Arrays.asList((String[]) rs.getArray(5).getArray()), rs.getString(6), rs.getTimestamp(7)),
                query.programmeYear().id());
        var register = names.of(rows.stream().map(Row::personId).toList());
        return rows.stream().map(r -> new WaitlistEntryView(r.enrolmentId(), r.personId(), register.name(r.personId()),
                r.employer(), r.unit(), r.wishes(), r.reason() == null ? null : WaitlistReason.valueOf(r.reason()),
                r.submittedAt().toInstant())).toList();
    }
}
