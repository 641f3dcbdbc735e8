package fi.verme.meetings.lookups;

import fi.verme.meetings.api.FindHoursCap;
import fi.verme.meetings.api.HoursCapSet;
import fi.verme.meetings.domain.HoursCaps;
import fi.verme.shared.ProgrammeYear;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Each programme year's cap, kept in the transaction that appends its event. */
@Component
@ProcessingGroup(HoursCapLookup.PROCESSING_GROUP)
class HoursCapLookup implements HoursCaps {

    static final String PROCESSING_GROUP = "meetings-hours-caps";

    private final JdbcTemplate jdbc;

    HoursCapLookup(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @EventHandler
    void on(HoursCapSet event) {
        jdbc.update("""
                insert into meetings.hours_cap (programme_year, cap_minutes) values (?, ?)
                on conflict (programme_year) do update set cap_minutes = excluded.cap_minutes""",
                event.programmeYear().id(), event.capMinutes());
    }

    @QueryHandler
    Integer capMinutes(FindHoursCap query) {
        return capMinutes(query.programmeYear());
    }

    @Override
    public int capMinutes(ProgrammeYear programmeYear) {
        return jdbc.queryForList("select cap_minutes from meetings.hours_cap where programme_year = ?",
                Integer.class, programmeYear.id()).stream().findFirst().orElse(DEFAULT_CAP_MINUTES);
    }
}
