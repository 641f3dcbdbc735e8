package fi.verme.app.certificates;

import fi.verme.app.certificates.Certificate.Certified;
import fi.verme.app.certificates.Certificate.Mentoring;
import fi.verme.app.certificates.Certificate.Participation;
import fi.verme.compensation.api.FindVeso;
import fi.verme.compensation.api.VesoView;
import fi.verme.enrolment.api.FindPersons;
import fi.verme.enrolment.api.PersonView;
import fi.verme.groups.api.FindGroup;
import fi.verme.groups.api.FindMembership;
import fi.verme.groups.api.GroupView;
import fi.verme.groups.api.ListLedGroups;
import fi.verme.groups.api.PersonGroupView;
import fi.verme.meetings.api.AttendanceView;
import fi.verme.meetings.api.FindAttendance;
import fi.verme.meetings.api.FindGroupHours;
import fi.verme.meetings.api.GroupHoursView;
import fi.verme.shared.ProgrammeYear;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.stereotype.Component;

/**
 * What a certificate says, asked of the modules each time: the holder's name from the person register, the
 * group and its mentors from the groups, attendance and hours from the meetings, VESO days from compensation.
 */
@Component
class Certificates {

    private final QueryGateway queries;

    Certificates(QueryGateway queries) {
        this.queries = queries;
    }

    /** The holder's name; empty for a person the register does not know (or no longer does: erased). */
    Optional<String> holder(String personId) {
        List<PersonView> found = queries.query(new FindPersons(List.of(personId)),
                ResponseTypes.multipleInstancesOf(PersonView.class)).join();
        return found.stream().findFirst().map(p -> p.contact().firstName() + " " + p.contact().lastName());
    }

    /** A participant's certificate if they were in a group that year, else a mentor's if they led any. */
    Optional<Certified> certified(String personId, ProgrammeYear year) {
        return participation(personId, year).or(() -> mentoring(personId, year));
    }

    private Optional<Certified> participation(String personId, ProgrammeYear year) {
        return queries.query(new FindMembership(personId, year), ResponseTypes.optionalInstanceOf(String.class))
                .join()
                .flatMap(groupId -> queries.query(new FindGroup(groupId),
                        ResponseTypes.optionalInstanceOf(GroupView.class)).join())
                .map(group -> {
                    var attendance = queries.query(new FindAttendance(personId, year), AttendanceView.class).join();
                    var veso = queries.query(new FindVeso(personId, year), VesoView.class).join();
                    return new Participation(group.name(), group.theme(), mentorNames(group),
                            attendance.meetingsAttended(), Certificate.hours(attendance.minutesAttended()),
                            veso.vesoDays());
                });
    }

    private Optional<Certified> mentoring(String personId, ProgrammeYear year) {
        List<PersonGroupView> led = queries.query(new ListLedGroups(personId, year),
                ResponseTypes.multipleInstancesOf(PersonGroupView.class)).join();
        if (led.isEmpty()) {
            return Optional.empty();
        }
        int minutes = led.stream().mapToInt(group -> usedMinutes(group.groupId())).sum();
        return Optional.of(new Mentoring(led.stream().map(PersonGroupView::name).toList(),
                Certificate.hours(minutes)));
    }

    /** The group's mentors by name; a mentor who was erased is left out. */
    private static String mentorNames(GroupView group) {
        return group.mentors().stream().filter(m -> !m.name().erased())
                .map(m -> m.name().firstName() + " " + m.name().lastName()).collect(Collectors.joining(", "));
    }

    private int usedMinutes(String groupId) {
        return queries.query(new FindGroupHours(groupId), ResponseTypes.optionalInstanceOf(GroupHoursView.class))
                .join().map(GroupHoursView::usedMinutes).orElse(0);
    }
}
