package fi.verme.groups.views;

import fi.verme.enrolment.api.FindRegisteredEmails;
import fi.verme.enrolment.api.RegisteredEmails;
import fi.verme.groups.api.FindMentor;
import fi.verme.groups.api.FindMentorOfPerson;
import fi.verme.groups.api.FindMentorsByEmail;
import fi.verme.groups.api.GroupStatus;
import fi.verme.groups.api.ListMentors;
import fi.verme.groups.api.MentorView.LedGroup;
import fi.verme.groups.api.MentorView;
import fi.verme.groups.api.MentorsByEmail;
import fi.verme.shared.ProgrammeYear;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Optional;
import org.axonframework.queryhandling.QueryGateway;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The mentor register as coordinators read it: each registered mentor with name and e-mail from the person
 * register and the groups they lead. It reads the mentor lookup's table, current as soon as a mentor is
 * registered, and the rosters' groups.
 */
@Component
class MentorRegister {

    private final JdbcTemplate jdbc;
    private final PersonNames names;
    private final QueryGateway queries;

    MentorRegister(JdbcTemplate jdbc, PersonNames names, QueryGateway queries) {
        this.jdbc = jdbc;
        this.names = names;
        this.queries = queries;
    }

    @QueryHandler
    List<MentorView> list(ListMentors query) {
        return read("", List.of());
    }

    @QueryHandler
    Optional<MentorView> find(FindMentor query) {
        return read(" where m.mentor_id = ?", List.of(query.mentorId())).stream().findFirst();
    }

    @QueryHandler
    Optional<MentorView> find(FindMentorOfPerson query) {
        return read(" where m.person_id = ?", List.of(query.personId())).stream().findFirst();
    }

    /** The register knows the addresses, this module the mentors: the people found there who are mentors. */
    @QueryHandler
    MentorsByEmail byEmail(FindMentorsByEmail query) {
        var found = new HashMap<String, String>();
        if (query.emails().isEmpty()) {
            return new MentorsByEmail(found);
        }
        var people = queries.query(new FindRegisteredEmails(query.emails()), RegisteredEmails.class).join()
                .personIdByEmail();
        var emailOf = new HashMap<String, String>();
        people.forEach((email, person) -> emailOf.put(person, email));
        jdbc.query("select person_id, mentor_id from groups.mentor where person_id = any(?)",
                rs -> {
                    found.put(emailOf.get(rs.getString(1)), rs.getString(2));
                },
                (Object) emailOf.keySet().toArray(String[]::new));
        return new MentorsByEmail(found);
    }

    private List<MentorView> read(String where, List<Object> args) {
        record Row(String mentorId, String personId, String organisation, int trainingYear, String provider,
                   String organiser) {
        }
        var rows = jdbc.query("""
                select m.mentor_id, m.person_id, m.organisation, m.training_year, m.training_provider, m.organiser
                from groups.mentor m""" + where + " order by m.registered_at, m.mentor_id",
                (rs, row) -> new Row(rs.getString(1), rs.getString(2), rs.getString(3), rs.getInt(4),
                        rs.getString(5), rs.getString(6)), args.toArray());
        var led = new HashMap<String, List<LedGroup>>();
        jdbc.query("""
                select gm.mentor_id, g.group_id, g.programme_year, g.name, g.status
                from groups.group_mentor gm join groups.group_view g on g.group_id = gm.group_id
                order by g.programme_year, g.name, g.group_id""",
                rs -> {
                    led.computeIfAbsent(rs.getString(1), m -> new ArrayList<>()).add(new LedGroup(rs.getString(2),
                            ProgrammeYear.fromId(rs.getString(3)), rs.getString(4),
                            GroupStatus.valueOf(rs.getString(5))));
                });
        var register = names.of(rows.stream().map(Row::personId).toList());
        return rows.stream().map(r -> new MentorView(r.mentorId(), r.personId(), register.name(r.personId()),
                register.email(r.personId()), r.organisation(), r.trainingYear(), r.provider(),
                List.copyOf(led.getOrDefault(r.mentorId(), List.of())), r.organiser())).toList();
    }
}
