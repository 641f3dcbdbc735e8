package fi.verme.meetings.lookups;

import fi.verme.meetings.api.FindJointMeetingLimits;
import fi.verme.meetings.api.JointMeetingKind;
import fi.verme.meetings.api.JointMeetingLimitsSet;
import fi.verme.meetings.api.JointMeetingLimitsView;
import fi.verme.meetings.domain.JointMeetingLimits;
import fi.verme.shared.ProgrammeYear;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Each programme year's limits on joint meetings, kept in the transaction that appends their event. */
@Component
@ProcessingGroup(JointMeetingLimitsLookup.PROCESSING_GROUP)
class JointMeetingLimitsLookup implements JointMeetingLimits {

    static final String PROCESSING_GROUP = "meetings-joint-meeting-limits";

    private final JdbcTemplate jdbc;

    JointMeetingLimitsLookup(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @EventHandler
    void on(JointMeetingLimitsSet event) {
        jdbc.update("""
                insert into meetings.joint_meeting_limit (programme_year, kickoffs, closings) values (?, ?, ?)
                on conflict (programme_year) do update set kickoffs = excluded.kickoffs, closings = excluded.closings""",
                event.programmeYear().id(), event.kickoffs(), event.closings());
    }

    @Override
    public int limit(ProgrammeYear programmeYear, JointMeetingKind kind) {
        var view = handle(new FindJointMeetingLimits(programmeYear));
        return kind == JointMeetingKind.KICKOFF ? view.kickoffs() : view.closings();
    }

    @QueryHandler
    JointMeetingLimitsView handle(FindJointMeetingLimits query) {
        var year = query.programmeYear();
        return jdbc.query("select kickoffs, closings from meetings.joint_meeting_limit where programme_year = ?",
                        (rs, row) -> new JointMeetingLimitsView(year, rs.getInt(1), rs.getInt(2)), year.id())
                .stream().findFirst().orElse(new JointMeetingLimitsView(year, DEFAULT_LIMIT, DEFAULT_LIMIT));
    }
}
