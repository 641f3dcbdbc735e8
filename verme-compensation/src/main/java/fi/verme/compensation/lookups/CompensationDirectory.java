package fi.verme.compensation.lookups;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import fi.verme.compensation.api.CompensationRules;
import fi.verme.compensation.api.CompensationRulesSet;
import fi.verme.compensation.api.ExpenseClaimed;
import fi.verme.compensation.api.FindClaimYear;
import fi.verme.compensation.api.FindPeriodYear;
import fi.verme.compensation.api.OrganisingHoursClaimed;
import fi.verme.compensation.api.PaymentPeriodApproved;
import fi.verme.compensation.domain.Directory;
import fi.verme.enrolment.api.EnrolmentSubmitted;
import fi.verme.enrolment.api.PersonErased;
import fi.verme.groups.api.GroupFormed;
import fi.verme.groups.api.MentorRegistered;
import fi.verme.shared.ProgrammeYear;
import java.util.Optional;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Rules, mentors, groups, the employer of each person enrolled, and which programme year each claim and period
 * belongs to, kept in the transaction that appends the events: the compensation rules consult it. It also
 * forgets an erased person's employee numbers ({@code PayrollRegister}'s table) in the erasure's transaction.
 */
@Component
@ProcessingGroup(CompensationDirectory.PROCESSING_GROUP)
class CompensationDirectory implements Directory {

    static final String PROCESSING_GROUP = "compensation-directory";

    private final JdbcTemplate jdbc;
    private final ObjectMapper json;

    CompensationDirectory(JdbcTemplate jdbc, ObjectMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    @EventHandler
    void on(CompensationRulesSet event) throws JsonProcessingException {
        jdbc.update("""
                insert into compensation.rules (programme_year, version, rules) values (?, ?, ?::jsonb)
                on conflict (programme_year) do update set version = excluded.version, rules = excluded.rules""",
                event.programmeYear().id(), event.version(), json.writeValueAsString(event.rules()));
    }

    @EventHandler
    void on(MentorRegistered event) {
        jdbc.update("""
                insert into compensation.mentor (mentor_id, person_id, organiser) values (?, ?, ?)
                on conflict do nothing""", event.mentorId(), event.personId(), event.organiser());
    }

    @EventHandler
    void on(GroupFormed event) {
        jdbc.update("""
                insert into compensation.group_info (group_id, programme_year, name) values (?, ?, ?)
                on conflict do nothing""", event.groupId(), event.programmeYear().id(), event.name());
        event.mentors().forEach(mentor -> jdbc.update("""
                insert into compensation.group_mentor (group_id, mentor_id) values (?, ?) on conflict do nothing""",
                event.groupId(), mentor.mentorId()));
    }

    /**
     * An erased person's employee numbers in payroll systems (finance's register, as a person paid or as a mentor)
     * are forgotten in the transaction of the erasure.
     */
    @EventHandler
    void on(PersonErased event) {
        jdbc.update("""
                delete from compensation.payroll_number
                where (payee_kind = 'PERSON' and payee_id = ?)
                   or (payee_kind = 'MENTOR' and payee_id in (select mentor_id from compensation.mentor where person_id = ?))""",
                event.personId(), event.personId());
    }

    /** Whose staff each enrolled person is: a participant's travel is booked to their employer. */
    @EventHandler
    void on(EnrolmentSubmitted event) {
        jdbc.update("""
                insert into compensation.enrolled (person_id, programme_year, employer) values (?, ?, ?)
                on conflict do nothing""", event.personId(), event.programmeYear().id(), event.employer());
    }

    @EventHandler
    void on(OrganisingHoursClaimed event) {
        indexClaim(event.claimId(), event.programmeYear());
    }

    @EventHandler
    void on(ExpenseClaimed event) {
        indexClaim(event.claimId(), event.programmeYear());
    }

    @EventHandler
    void on(PaymentPeriodApproved event) {
        jdbc.update("insert into compensation.period_index (period_id, programme_year) values (?, ?) on conflict do nothing",
                event.periodId(), event.programmeYear().id());
    }

    private void indexClaim(String claimId, ProgrammeYear year) {
        jdbc.update("insert into compensation.claim_index (claim_id, programme_year) values (?, ?) on conflict do nothing",
                claimId, year.id());
    }

    @Override
    public Optional<RulesInForce> rulesInForce(ProgrammeYear programmeYear) {
        return jdbc.query("select version, rules::text from compensation.rules where programme_year = ?",
                (rs, row) -> new RulesInForce(rs.getInt(1), read(rs.getString(2))), programmeYear.id()).stream()
                .findFirst();
    }

    @Override
    public boolean mentorExists(String mentorId) {
        return !jdbc.queryForList("select 1 from compensation.mentor where mentor_id = ?", Integer.class, mentorId)
                .isEmpty();
    }

    @Override
    public Optional<String> organiserOfMentor(String mentorId) {
        return jdbc.queryForList("select organiser from compensation.mentor where mentor_id = ? and organiser is not null",
                String.class, mentorId).stream().findFirst();
    }

    @Override
    public Optional<String> personOfMentor(String mentorId) {
        return jdbc.queryForList("select person_id from compensation.mentor where mentor_id = ?", String.class,
                mentorId).stream().findFirst();
    }

    @Override
    public boolean leadsGroup(String mentorId, String groupId) {
        return !jdbc.queryForList("select 1 from compensation.group_mentor where mentor_id = ? and group_id = ?",
                Integer.class, mentorId, groupId).isEmpty();
    }

    @Override
    public boolean leadsGroupIn(String mentorId, ProgrammeYear programmeYear) {
        return !jdbc.queryForList("""
                select 1 from compensation.group_mentor m join compensation.group_info g on g.group_id = m.group_id
                where m.mentor_id = ? and g.programme_year = ?""", Integer.class, mentorId, programmeYear.id())
                .isEmpty();
    }

    @Override
    public Optional<String> employerOfParticipant(String personId, ProgrammeYear programmeYear) {
        return jdbc.queryForList("select employer from compensation.enrolled where person_id = ? and programme_year = ?",
                String.class, personId, programmeYear.id()).stream().findFirst();
    }

    @Override
    public Optional<ProgrammeYear> yearOfGroup(String groupId) {
        return jdbc.queryForList("select programme_year from compensation.group_info where group_id = ?",
                String.class, groupId).stream().findFirst().map(ProgrammeYear::fromId);
    }

    @QueryHandler
    Optional<ProgrammeYear> yearOfClaim(FindClaimYear query) {
        return jdbc.queryForList("select programme_year from compensation.claim_index where claim_id = ?",
                String.class, query.claimId()).stream().findFirst().map(ProgrammeYear::fromId);
    }

    @QueryHandler
    Optional<ProgrammeYear> yearOfPeriod(FindPeriodYear query) {
        return jdbc.queryForList("select programme_year from compensation.period_index where period_id = ?",
                String.class, query.periodId()).stream().findFirst().map(ProgrammeYear::fromId);
    }

    private CompensationRules read(String text) {
        try {
            return json.readValue(text, CompensationRules.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Stored compensation rules could not be read", e);
        }
    }
}
