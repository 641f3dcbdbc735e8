package fi.verme.meetings.lookups;

import fi.verme.meetings.api.ClosedDay;
import fi.verme.meetings.api.FindSchoolBreaks;
import fi.verme.meetings.api.SchoolBreak;
import fi.verme.meetings.api.SchoolBreaksSet;
import fi.verme.meetings.api.SchoolBreaksView;
import fi.verme.meetings.domain.FinnishHolidays;
import fi.verme.meetings.domain.SchoolCalendar;
import fi.verme.shared.ProgrammeYear;
import java.sql.Date;
import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.List;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Each programme year's school breaks, kept in the transaction that appends their event. */
@Component
@ProcessingGroup(SchoolBreaksLookup.PROCESSING_GROUP)
class SchoolBreaksLookup implements SchoolCalendar {

    static final String PROCESSING_GROUP = "meetings-school-breaks";

    private final JdbcTemplate jdbc;

    SchoolBreaksLookup(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @EventHandler
    void on(SchoolBreaksSet event) {
        jdbc.update("delete from meetings.school_break where programme_year = ?", event.programmeYear().id());
        for (var each : event.breaks()) {
            jdbc.update("insert into meetings.school_break (programme_year, first_day, last_day, name) values (?, ?, ?, ?)",
                    event.programmeYear().id(), Date.valueOf(each.firstDay()), Date.valueOf(each.lastDay()), each.name());
        }
    }

    @ResetHandler
    void reset() {
        jdbc.update("truncate meetings.school_break");
    }

    @Override
    public List<SchoolBreak> breaks(ProgrammeYear programmeYear) {
        return jdbc.query("select name, first_day, last_day from meetings.school_break where programme_year = ? "
                        + "order by first_day", (rs, row) -> new SchoolBreak(rs.getString(1),
                        rs.getDate(2).toLocalDate(), rs.getDate(3).toLocalDate()), programmeYear.id());
    }

    @QueryHandler
    SchoolBreaksView handle(FindSchoolBreaks query) {
        var year = query.programmeYear();
        // The holidays of the two calendar years the school year spans, computed once each.
        var holidays = new ArrayList<ClosedDay>();
        for (int calendarYear = year.firstDay().getYear(); calendarYear <= year.lastDay().getYear(); calendarYear++) {
            FinnishHolidays.of(calendarYear).forEach((day, name) -> {
                if (!day.isBefore(year.firstDay()) && !day.isAfter(year.lastDay())
                        && day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY) {
                    holidays.add(new ClosedDay(day, ClosedDay.PUBLIC_HOLIDAY, name));
                }
            });
        }
        return new SchoolBreaksView(year, breaks(year), holidays);
    }
}
