package fi.verme.app.security;

import fi.verme.app.security.Access.Permit;
import fi.verme.app.security.Access.Scope;
import fi.verme.compensation.api.ClaimView;
import fi.verme.compensation.api.FindClaim;
import fi.verme.compensation.api.FindPaymentPeriod;
import fi.verme.compensation.api.PaymentPeriodView;
import fi.verme.enrolment.api.EnrolmentView;
import fi.verme.enrolment.api.FindEnrolment;
import fi.verme.enrolment.api.ProgrammeYear;
import fi.verme.groups.api.FindGroup;
import fi.verme.groups.api.FindMentor;
import fi.verme.groups.api.GroupView;
import fi.verme.groups.api.MentorView;
import fi.verme.meetings.api.FindMeetingGroup;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Map;
import java.util.Optional;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.InsufficientAuthenticationException;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Checks every API request against {@link AccessRules} on the server, for the endpoint and for the
 * object it is about: the organiser of the programme, group, enrolment, meeting, claim or period,
 * and for personal permits whether the user is that group's mentor or member, or that person.
 * An unknown object passes to its handler (which answers 404) only for users whose role could reach
 * such objects at all.
 */
@Configuration(proxyBeanMethods = false)
class AccessPolicy implements HandlerInterceptor, WebMvcConfigurer {

    /** Set when a mentor claims: the claim must be their own (the controller checks the mentor id). */
    static final String CLAIMANT_ATTRIBUTE = "verme.claimantPersonId";

    private final UserAccounts users;
    private final QueryGateway queries;
    private final DeniedAttempts denied;

    AccessPolicy(UserAccounts users, QueryGateway queries, DeniedAttempts denied) {
        this.users = users;
        this.queries = queries;
        this.denied = denied;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(this).addPathPatterns("/api/**").order(-10);
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler)
            throws IOException {
        if (!(handler instanceof HandlerMethod)) {
            return true;
        }
        var pattern = (String) request.getAttribute(HandlerMapping.BEST_MATCHING_PATTERN_ATTRIBUTE);
        var access = AccessRules.RULES.get(request.getMethod() + " " + pattern);
        if (access == null) {
            denied.handle(request, response, new AccessDeniedException("no access rule for this endpoint"));
            return false;
        }
        if (access.permits().stream().anyMatch(p -> p.scope() == Scope.PUBLIC)) {
            return true;
        }
        var user = CurrentUser.account(request, users).filter(UserAccount::enabled);
        if (user.isEmpty()) {
            denied.commence(request, response, new InsufficientAuthenticationException("login required"));
            return false;
        }
        @SuppressWarnings("unchecked")
        var variables = (Map<String, String>) request.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE);
        var subject = new Subject(variables == null ? Map.of() : variables, request.getParameter("programme"),
                request.getParameter("organiser"));
        for (var permit : access.permits()) {
            if (allows(permit, user.get(), subject)) {
                if (permit.role() == Role.MENTOR && permit.scope() == Scope.ORGANISER) {
                    request.setAttribute(CLAIMANT_ATTRIBUTE, user.get().personId() == null ? "" : user.get().personId());
                }
                return true;
            }
        }
        boolean couldReach = access.permits().stream().anyMatch(p -> hasRole(user.get(), p.role()));
        if (subject.missing() && couldReach) {
            return true; // the handler answers 404
        }
        denied.handle(request, response, new AccessDeniedException(couldReach
                ? "the object belongs to another organiser, group or person" : "role not allowed here"));
        return false;
    }

    private boolean allows(Permit permit, UserAccount user, Subject subject) {
        return switch (permit.scope()) {
            case PUBLIC -> true;
            case ANY -> hasRole(user, permit.role());
            case ORGANISER -> subject.organiser().map(organiser -> covers(user, permit.role(), organiser)).orElse(false);
            case GROUP_MENTOR -> personal(user, permit.role(), subject) && subject.group()
                    .map(g -> g.mentors().stream().anyMatch(m -> m.personId().equals(user.personId()))).orElse(false);
            case GROUP_MEMBER -> personal(user, permit.role(), subject) && subject.group()
                    .map(g -> g.members().stream().anyMatch(m -> m.personId().equals(user.personId()))).orElse(false);
            case OWN_ENROLMENT -> personal(user, permit.role(), subject) && subject.enrolment()
                    .map(e -> user.personId().equals(e.personId())).orElse(false);
            case SELF -> personal(user, permit.role(), subject)
                    && user.personId().equals(subject.variables().get("personId"));
            case OWN_CLAIM -> personal(user, permit.role(), subject) && subject.claimMentorPerson()
                    .map(user.personId()::equals).orElse(false);
            case MENTOR_SELF -> user.personId() != null && hasRole(user, permit.role()) && subject.mentor()
                    .map(m -> user.personId().equals(m.personId())).orElse(false);
        };
    }

    /** A personal permit needs the user's person and the role for the object's organiser. */
    private static boolean personal(UserAccount user, Role role, Subject subject) {
        return user.personId() != null
                && subject.organiser().map(organiser -> covers(user, role, organiser)).orElse(hasRole(user, role));
    }

    private static boolean covers(UserAccount user, Role role, String organiser) {
        return user.grants().stream().anyMatch(g -> g.role() == role
                && (g.organiser().equals(organiser) || g.organiser().equals(Grant.ALL_ORGANISERS)));
    }

    private static boolean hasRole(UserAccount user, Role role) {
        return role != null && user.grants().stream().anyMatch(g -> g.role() == role);
    }

    /** What the request is about, looked up once, when a permit asks. */
    private final class Subject {

        private final Map<String, String> variables;
        private final String programme;
        private final String organiserParameter;
        private Optional<GroupView> group;
        private Optional<EnrolmentView> enrolment;
        private Optional<String> claimMentorPerson;
        private Optional<ClaimView> claim;
        private Optional<String> organiser;
        private boolean missing;

        Subject(Map<String, String> variables, String programme, String organiserParameter) {
            this.variables = variables;
            this.programme = programme;
            this.organiserParameter = organiserParameter;
        }

        Map<String, String> variables() {
            return variables;
        }

        boolean missing() {
            organiser();
            return missing;
        }

        Optional<String> organiser() {
            if (organiser == null) {
                organiser = resolveOrganiser();
            }
            return organiser;
        }

        private Optional<String> resolveOrganiser() {
            if (variables.containsKey("organiser")) {
                return Optional.of(variables.get("organiser"));
            }
            if (variables.containsKey("groupId") || variables.containsKey("meetingId")) {
                return found(group().map(g -> g.programmeYear().organiser()));
            }
            if (variables.containsKey("enrolmentId")) {
                return found(enrolment().map(e -> e.programmeYear().organiser()));
            }
            if (variables.containsKey("claimId")) {
                return found(claim().map(c -> c.programmeYear().organiser()));
            }
            if (variables.containsKey("periodId")) {
                return found(queries.query(new FindPaymentPeriod(variables.get("periodId")),
                        ResponseTypes.optionalInstanceOf(PaymentPeriodView.class)).join()
                        .map(p -> p.programmeYear().organiser()));
            }
            if (variables.containsKey("mentorId")) {
                // A mentor registered before mentors had an organiser belongs to all: only a * grant covers it.
                return found(mentor().map(m -> m.organiser() == null ? Grant.ALL_ORGANISERS : m.organiser()));
            }
            if (organiserParameter != null) {
                return Optional.of(organiserParameter);
            }
            if (programme != null) {
                try {
                    return Optional.of(ProgrammeYear.fromId(programme).organiser());
                } catch (RuntimeException invalid) {
                    missing = true;
                    return Optional.empty();
                }
            }
            return Optional.empty();
        }

        private Optional<String> found(Optional<String> organiser) {
            missing = organiser.isEmpty();
            return organiser;
        }

        Optional<GroupView> group() {
            if (group == null) {
                var groupId = variables.get("groupId");
                if (groupId == null && variables.containsKey("meetingId")) {
                    groupId = queries.query(new FindMeetingGroup(variables.get("meetingId")),
                            ResponseTypes.optionalInstanceOf(String.class)).join().orElse(null);
                }
                group = groupId == null ? Optional.empty() : queries.query(new FindGroup(groupId),
                        ResponseTypes.optionalInstanceOf(GroupView.class)).join();
            }
            return group;
        }

        Optional<EnrolmentView> enrolment() {
            if (enrolment == null) {
                enrolment = queries.query(new FindEnrolment(variables.get("enrolmentId")),
                        ResponseTypes.optionalInstanceOf(EnrolmentView.class)).join();
            }
            return enrolment;
        }

        private Optional<ClaimView> claim() {
            if (claim == null) {
                claim = queries.query(new FindClaim(variables.get("claimId")),
                        ResponseTypes.optionalInstanceOf(ClaimView.class)).join();
            }
            return claim;
        }

        Optional<String> claimMentorPerson() {
            if (claimMentorPerson == null) {
                claimMentorPerson = claim().flatMap(c -> mentorPerson(c.mentorId()));
            }
            return claimMentorPerson;
        }

        Optional<MentorView> mentor() {
            return queries.query(new FindMentor(variables.get("mentorId")),
                    ResponseTypes.optionalInstanceOf(MentorView.class)).join();
        }

        private Optional<String> mentorPerson(String mentorId) {
            return queries.query(new FindMentor(mentorId), ResponseTypes.optionalInstanceOf(MentorView.class)).join()
                    .map(MentorView::personId);
        }
    }
}
