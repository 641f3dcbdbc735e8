package fi.verme.app.notices;

import java.time.Instant;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Which reminders each programme year sends ({@code app.reminder_settings}); a year not set sends all three. */
@Component
class ReminderSettings {

    /** A year's reminders: {@code changedBy} and {@code changedAt} are null while the year keeps the default. */
    record Settings(boolean meetingDayBefore, boolean recordHeld, boolean survey, String changedBy,
                    Instant changedAt) {
    }

    private static final Settings ALL = new Settings(true, true, true, null, null);

    private final JdbcTemplate jdbc;

    ReminderSettings(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    Settings of(String programmeYear) {
        return jdbc.query("""
                select meeting_day_before, record_held, survey, changed_by, changed_at from app.reminder_settings
                where programme_year = ?""",
                (rs, row) -> new Settings(rs.getBoolean(1), rs.getBoolean(2), rs.getBoolean(3), rs.getString(4),
                        rs.getTimestamp(5).toInstant()), programmeYear).stream().findFirst().orElse(ALL);
    }

    void set(String programmeYear, boolean meetingDayBefore, boolean recordHeld, boolean survey, String by) {
        jdbc.update("""
                insert into app.reminder_settings (programme_year, meeting_day_before, record_held, survey, changed_by)
                values (?, ?, ?, ?, ?)
                on conflict (programme_year) do update set meeting_day_before = excluded.meeting_day_before,
                    record_held = excluded.record_held, survey = excluded.survey, changed_by = excluded.changed_by,
                    changed_at = now()""", programmeYear, meetingDayBefore, recordHeld, survey, by);
    }
}
