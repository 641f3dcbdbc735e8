package fi.verme.app.access;

import fi.verme.enrolment.api.EnrolmentCallView;
import fi.verme.enrolment.api.ListEnrolmentCalls;
import fi.verme.groups.api.FindMentorOfPerson;
import fi.verme.groups.api.FindPersonGroups;
import fi.verme.groups.api.MentorView;
import fi.verme.groups.api.PersonGroupView;
import io.swagger.v3.oas.annotations.Parameter;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The signed-in user as the UI needs them: their grants (what they may do), the programme years those
 * grants reach, their own groups as mentor or member (those the grants reach), and the token a browser session
 * sends with writes.
 */
@RestController
class MeController {

    private final UserAccounts users;
    private final QueryGateway queries;
    private final AccessPolicy policy;

    MeController(UserAccounts users, QueryGateway queries, AccessPolicy policy) {
        this.users = users;
        this.queries = queries;
        this.policy = policy;
    }

    record Me(String userId, String displayName, String email, String personId, String mentorId, List<Grant> grants,
              List<Programme> programmes, List<PersonGroupView> groups, Csrf csrf) {
    }

    record Programme(String organiser, String schoolYear, EnrolmentCallView.Status callStatus) {
    }

    /** For browser sessions: send {@code token} in the header {@code headerName} with every write. */
    record Csrf(String headerName, String token) {
    }

    @GetMapping("/api/me")
    Me me(HttpServletRequest request, @Parameter(hidden = true) CsrfToken csrf) {
        var user = CurrentUser.account(request, users).orElseThrow();
        var organisers = user.grants().stream().map(Grant::organiser).collect(Collectors.toSet());
        var calls = queries.query(new ListEnrolmentCalls(organisers.contains(Grant.ALL_ORGANISERS) ? null
                : Set.copyOf(organisers), false), ResponseTypes.multipleInstancesOf(EnrolmentCallView.class)).join();
        var programmes = calls.stream().map(call -> new Programme(call.programmeYear().organiser(),
                call.programmeYear().schoolYear(), call.status())).toList();
        List<PersonGroupView> groups = user.personId() == null ? List.of()
                : queries.query(new FindPersonGroups(user.personId()),
                        ResponseTypes.multipleInstancesOf(PersonGroupView.class)).join().stream()
                        .filter(group -> policy.reaches(user, group)).toList();
        // A mentor claims as the mentor of their groups, or, before they lead one, as the register's mentor.
        String mentorId = groups.stream().map(PersonGroupView::mentorId).filter(java.util.Objects::nonNull)
                .findFirst().orElse(null);
        if (mentorId == null && user.personId() != null && AccessPolicy.hasRole(user, AccessRole.MENTOR)) {
            mentorId = queries.query(new FindMentorOfPerson(user.personId()),
                    ResponseTypes.optionalInstanceOf(MentorView.class)).join()
                    .filter(mentor -> !mentor.erased() && policy.isMentor(user, AccessRole.MENTOR, mentor))
                    .map(MentorView::mentorId).orElse(null);
        }
        return new Me(user.userId(), user.displayName(), user.email(), user.personId(), mentorId, user.grants(),
                programmes, groups, csrf == null ? null : new Csrf(csrf.getHeaderName(), csrf.getToken()));
    }
}
