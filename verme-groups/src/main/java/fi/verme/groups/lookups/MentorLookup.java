package fi.verme.groups.lookups;

import fi.verme.groups.api.MentorDetailsChanged;
import fi.verme.groups.api.MentorRegistered;
import fi.verme.groups.domain.MentorDirectory;
import java.sql.Timestamp;
import java.util.Optional;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The registered mentors, kept in the transaction that appends their events: the rules consult it (a person
 * is registered once; a group's mentors must be registered), and the mentor register view reads its table.
 */
@Component
@ProcessingGroup(MentorLookup.PROCESSING_GROUP)
class MentorLookup implements MentorDirectory {

    static final String PROCESSING_GROUP = "groups-mentor-directory";

    private final JdbcTemplate jdbc;

    MentorLookup(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @EventHandler
    void on(MentorRegistered event) {
        jdbc.update("""
                insert into groups.mentor (mentor_id, person_id, organisation, training_year, training_provider,
                    registered_at, organiser) values (?, ?, ?, ?, ?, ?, ?)""",
                event.mentorId(), event.personId(), event.organisation(), event.trainingYear(),
                event.trainingProvider(), Timestamp.from(event.registeredAt()), event.organiser());
    }

    @EventHandler
    void on(MentorDetailsChanged event) {
        jdbc.update("""
                update groups.mentor set organisation = ?, training_year = ?, training_provider = ?
                where mentor_id = ?""",
                event.organisation(), event.trainingYear(), event.trainingProvider(), event.mentorId());
    }

    @Override
    public Optional<String> personOf(String mentorId) {
        return jdbc.queryForList("select person_id from groups.mentor where mentor_id = ?", String.class, mentorId)
                .stream().findFirst();
    }

    @Override
    public Optional<String> mentorOf(String personId) {
        return jdbc.queryForList("select mentor_id from groups.mentor where person_id = ?", String.class, personId)
                .stream().findFirst();
    }
}
