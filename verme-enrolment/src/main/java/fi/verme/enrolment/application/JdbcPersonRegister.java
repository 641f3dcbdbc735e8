package fi.verme.enrolment.application;

import fi.verme.enrolment.api.ChangeEmail;
import fi.verme.enrolment.api.ChangePhone;
import fi.verme.enrolment.api.ContactDetails;
import fi.verme.enrolment.api.EmailInUseException;
import fi.verme.enrolment.api.ErasePerson;
import fi.verme.enrolment.api.FindPersons;
import fi.verme.enrolment.api.FindRegisteredEmails;
import fi.verme.enrolment.api.FindRegistrations;
import fi.verme.enrolment.api.PersonErased;
import fi.verme.enrolment.api.PersonNotFoundException;
import fi.verme.enrolment.api.PersonView;
import fi.verme.enrolment.api.RegisterPerson;
import fi.verme.enrolment.api.RegisteredEmails;
import fi.verme.enrolment.api.Registrations;
import fi.verme.enrolment.domain.PersonRegister;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Optional;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventhandling.gateway.EventGateway;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** The person register: a plain table, written in the transaction of the command that needs it. */
@Component
public class JdbcPersonRegister implements PersonRegister {

    /**
     * A person's registration by address: a new person, or the one the address already names, counted (an address
     * typed again is someone else knowing the person too) and its id returned.
     */
    private static final String REGISTER = """
            insert into enrolment.person (person_id, email_key, first_name, last_name, email, phone)
            values (?, ?, ?, ?, ?, ?)
            on conflict (email_key) do update set registrations = enrolment.person.registrations + 1""";

    private final JdbcTemplate jdbc;
    private final EventGateway events;
    private final Clock clock;
    private final EnrolmentImports imports;

    public JdbcPersonRegister(JdbcTemplate jdbc, EventGateway events, Clock clock, EnrolmentImports imports) {
        this.jdbc = jdbc;
        this.events = events;
        this.clock = clock;
        this.imports = imports;
    }

    @Override
    public String register(ContactDetails contact, String candidateId) {
        return jdbc.queryForObject(REGISTER + " returning person_id", String.class,
                candidateId, PersonRegister.emailKey(contact.email()), contact.firstName(), contact.lastName(),
                contact.email().trim(), contact.phone());
    }

    @Override
    public String enrol(String enrolmentId, ContactDetails contact, String candidateId) {
        // The person registered (or found) and the enrolment's contact written in one statement, one round trip.
        return jdbc.queryForObject("with person as (" + REGISTER + " returning person_id) " + """
                insert into enrolment.enrolment_contact (enrolment_id, person_id, first_name, last_name, email, phone)
                select ?, person_id, ?, ?, ?, ? from person
                returning person_id""", String.class,
                candidateId, PersonRegister.emailKey(contact.email()), contact.firstName(), contact.lastName(),
                contact.email().trim(), contact.phone(),
                enrolmentId, contact.firstName(), contact.lastName(), contact.email().trim(), contact.phone());
    }

    @CommandHandler
    String handle(RegisterPerson command) {
        return register(command.contact(), command.candidatePersonId());
    }

    /**
     * The person's own correction: the register and every enrolment of theirs show the new number, so that the
     * coordinator's roster, the groups' lists and the notices all read it.
     */
    @CommandHandler
    void handle(ChangePhone command) {
        if (jdbc.update("update enrolment.person set phone = ? where person_id = ?", command.phone(),
                command.personId()) == 0) {
            throw new PersonNotFoundException(command.personId());
        }
        jdbc.update("update enrolment.enrolment_contact set phone = ? where person_id = ?", command.phone(),
                command.personId());
    }

    /**
     * The person's own new address, confirmed by them: the register knows them by it from then on, and every
     * enrolment of theirs shows it. An address another person is known by stays theirs (the key's uniqueness
     * decides a race between two changes).
     */
    @CommandHandler
    void handle(ChangeEmail command) {
        var key = PersonRegister.emailKey(command.email());
        var holders = jdbc.queryForList("select person_id from enrolment.person where email_key = ?", String.class,
                key);
        if (holders.stream().anyMatch(holder -> !holder.equals(command.personId()))) {
            throw new EmailInUseException(command.personId());
        }
        try {
            if (jdbc.update("update enrolment.person set email = ?, email_key = ? where person_id = ?",
                    command.email().trim(), key, command.personId()) == 0) {
                throw new PersonNotFoundException(command.personId());
            }
        } catch (DuplicateKeyException raced) {
            throw new EmailInUseException(command.personId());
        }
        jdbc.update("update enrolment.enrolment_contact set email = ? where person_id = ?", command.email().trim(),
                command.personId());
    }

    @QueryHandler
    Optional<Registrations> registrations(FindRegistrations query) {
        return jdbc.query("select registrations from enrolment.person where person_id = ?",
                (rs, row) -> new Registrations(query.personId(), rs.getInt(1)), query.personId()).stream().findFirst();
    }

    @QueryHandler
    List<PersonView> find(FindPersons query) {
        if (query.personIds().isEmpty()) {
            return List.of();
        }
        return jdbc.query("""
                select person_id, first_name, last_name, email, phone from enrolment.person
                where person_id = any(?)""",
                (rs, row) -> new PersonView(rs.getString(1), new ContactDetails(rs.getString(2), rs.getString(3),
                        rs.getString(4), rs.getString(5))),
                (Object) query.personIds().toArray(String[]::new));
    }

    @QueryHandler
    RegisteredEmails registered(FindRegisteredEmails query) {
        var found = new HashMap<String, String>();
        if (!query.emails().isEmpty()) {
            jdbc.query("select email_key, person_id from enrolment.person where email_key = any(?)",
                    rs -> {
                        found.put(rs.getString(1), rs.getString(2));
                    },
                    (Object) query.emails().stream().map(PersonRegister::emailKey).distinct().toArray(String[]::new));
        }
        return new RegisteredEmails(found);
    }

    /**
     * Erasure removes the row, the details of every enrolment and the rows of any pending import that names the
     * person's address; the event records that it happened, and names nobody.
     */
    @CommandHandler
    void handle(ErasePerson command) {
        jdbc.queryForList("select email_key from enrolment.person where person_id = ?", String.class,
                command.personId()).forEach(imports::forget);
        jdbc.update("delete from enrolment.enrolment_contact where person_id = ?", command.personId());
        if (jdbc.update("delete from enrolment.person where person_id = ?", command.personId()) == 0) {
            throw new PersonNotFoundException(command.personId());
        }
        events.publish(new PersonErased(command.personId(), clock.instant()));
    }
}
