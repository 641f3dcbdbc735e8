package fi.verme.app.certificates;

import fi.verme.app.access.UserAccounts;
import fi.verme.app.certificates.Certificate.Certified;
import fi.verme.app.certificates.Certificate.ContinuingEducation;
import fi.verme.app.certificates.Certificate.Mentoring;
import fi.verme.app.certificates.Certificate.Participation;
import fi.verme.compensation.api.CompensationRules;
import fi.verme.compensation.api.FindCompensationRules;
import fi.verme.compensation.api.FindVeso;
import fi.verme.compensation.api.Preset;
import fi.verme.compensation.api.RulesView;
import fi.verme.compensation.api.VesoView;
import fi.verme.enrolment.api.EnrolmentCallView;
import fi.verme.enrolment.api.FindEnrolmentCall;
import fi.verme.enrolment.api.FindPersons;
import fi.verme.enrolment.api.PersonView;
import fi.verme.enrolment.api.Theme;
import fi.verme.groups.api.FindGroup;
import fi.verme.groups.api.FindMembership;
import fi.verme.groups.api.GroupView;
import fi.verme.groups.api.ListLedGroups;
import fi.verme.groups.api.PersonGroupView;
import fi.verme.meetings.api.AttendanceView;
import fi.verme.meetings.api.FindAttendance;
import fi.verme.meetings.api.FindGroupHours;
import fi.verme.meetings.api.GroupHoursView;
import fi.verme.meetings.api.ListMeetings;
import fi.verme.meetings.api.MeetingStatus;
import fi.verme.meetings.api.MeetingView;
import fi.verme.shared.ProgrammeYear;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.stereotype.Component;

/**
 * What a certificate says, asked of the modules each time: the holder's name from the person register, the
 * group, its theme's name (from the year's call) and its mentors from the groups, attendance, meeting dates and
 * hours from the meetings, VESO days and what else the year's rules make of taking part from compensation; and
 * who issues it: the organiser's coordinators, from the accounts.
 */
@Component
class Certificates {

    private final QueryGateway queries;
    private final UserAccounts accounts;

    Certificates(QueryGateway queries, UserAccounts accounts) {
        this.queries = queries;
        this.accounts = accounts;
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

    /** The names of the organiser's coordinators (accounts granted COORDINATOR for it), who issue its certificates. */
    List<String> coordinators(String organiser) {
        return accounts.coordinatorNames(organiser);
    }

    private Optional<Certified> participation(String personId, ProgrammeYear year) {
        return queries.query(new FindMembership(personId, year), ResponseTypes.optionalInstanceOf(String.class))
                .join()
                .flatMap(groupId -> queries.query(new FindGroup(groupId),
                        ResponseTypes.optionalInstanceOf(GroupView.class)).join())
                .map(group -> {
                    var attendance = queries.query(new FindAttendance(personId, year), AttendanceView.class).join();
                    var veso = queries.query(new FindVeso(personId, year), VesoView.class).join();
                    var rules = queries.query(new FindCompensationRules(year), RulesView.class).join().rules();
                    var dates = attendance.meetings().stream().map(AttendanceView.Attended::date).sorted().toList();
                    return new Participation(group.name(), group.theme(), themeNames(year, List.of(group.theme()))
                            .get(0), mentorNames(group), attendance.meetingsAttended(),
                            Certificate.hours(attendance.minutesAttended()), first(dates), last(dates),
                            veso.vesoDays(), veso.meetingsPerVesoDay(), continuingEducation(rules));
                });
    }

    /**
     * VESO days when the rules count them; continuing education as such when the year runs under Gradia
     * Jyväskylä's rules, which have no field of their own for it (their preset is the rule that says it).
     */
    private static ContinuingEducation continuingEducation(CompensationRules rules) {
        if (rules.meetingsPerVesoDay() != null) {
            return ContinuingEducation.VESO_DAYS;
        }
        return rules.preset() == Preset.GRADIA_JYVASKYLA ? ContinuingEducation.RECOGNISED : null;
    }

    private Optional<Certified> mentoring(String personId, ProgrammeYear year) {
        List<PersonGroupView> led = queries.query(new ListLedGroups(personId, year),
                ResponseTypes.multipleInstancesOf(PersonGroupView.class)).join();
        if (led.isEmpty()) {
            return Optional.empty();
        }
        int minutes = led.stream().mapToInt(group -> usedMinutes(group.groupId())).sum();
        var held = led.stream().flatMap(group -> queries.query(new ListMeetings(group.groupId()),
                        ResponseTypes.multipleInstancesOf(MeetingView.class)).join().stream())
                .filter(meeting -> meeting.status() == MeetingStatus.HELD).map(MeetingView::date).sorted().toList();
        var themes = led.stream().map(group -> queries.query(new FindGroup(group.groupId()),
                        ResponseTypes.optionalInstanceOf(GroupView.class)).join())
                .flatMap(Optional::stream).map(GroupView::theme).distinct().toList();
        return Optional.of(new Mentoring(led.stream().map(PersonGroupView::name).toList(),
                themeNames(year, themes).stream().distinct().toList(), held.size(), Certificate.hours(minutes),
                first(held), last(held)));
    }

    /** The themes' names in the year's call, in the order given; a code the call does not name stays as it is. */
    private List<String> themeNames(ProgrammeYear year, List<String> codes) {
        var offered = queries.query(new FindEnrolmentCall(year), ResponseTypes.optionalInstanceOf(EnrolmentCallView.class))
                .join().map(EnrolmentCallView::themes).orElse(List.of());
        return codes.stream().map(code -> offered.stream().filter(theme -> theme.code().equals(code))
                .map(Theme::name).filter(Objects::nonNull).findFirst().orElse(code)).toList();
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

    private static LocalDate first(List<LocalDate> sorted) {
        return sorted.isEmpty() ? null : sorted.get(0);
    }

    private static LocalDate last(List<LocalDate> sorted) {
        return sorted.isEmpty() ? null : sorted.get(sorted.size() - 1);
    }
}
