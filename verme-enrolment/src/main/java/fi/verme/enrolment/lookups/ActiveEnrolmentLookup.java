package fi.verme.enrolment.lookups;

import fi.verme.enrolment.api.EnrolmentSubmitted;
import fi.verme.enrolment.api.EnrolmentWithdrawn;
import fi.verme.enrolment.domain.ActiveEnrolments;
import fi.verme.shared.ProgrammeYear;
import java.util.Optional;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Who holds an active enrolment in which programme year. Subscribing, so it changes in the same
 * transaction as the events; its primary key stops two concurrent duplicates where the rule alone cannot.
 */
@Component
@ProcessingGroup(ActiveEnrolmentLookup.PROCESSING_GROUP)
class ActiveEnrolmentLookup implements ActiveEnrolments {

    static final String PROCESSING_GROUP = "enrolment-active-enrolments";

    private final JdbcTemplate jdbc;

    ActiveEnrolmentLookup(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @EventHandler
    void on(EnrolmentSubmitted event) {
        jdbc.update("""
                insert into enrolment.active_enrolment (programme_year, person_id, enrolment_id) values (?, ?, ?)""",
                event.programmeYear().id(), event.personId(), event.enrolmentId());
    }

    @EventHandler
    void on(EnrolmentWithdrawn event) {
        jdbc.update("delete from enrolment.active_enrolment where enrolment_id = ?", event.enrolmentId());
    }

    @Override
    public Optional<String> enrolmentOf(ProgrammeYear programmeYear, String personId) {
        return jdbc.queryForList("""
                select enrolment_id from enrolment.active_enrolment where programme_year = ? and person_id = ?""",
                String.class, programmeYear.id(), personId).stream().findFirst();
    }
}
