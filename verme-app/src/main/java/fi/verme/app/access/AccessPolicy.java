package fi.verme.app.access;

import fi.verme.app.access.Access.Permit;
import fi.verme.app.access.Access.Scope;
import fi.verme.compensation.api.ClaimNotFoundException;
import fi.verme.compensation.api.ClaimView;
import fi.verme.compensation.api.FindClaim;
import fi.verme.compensation.api.FindPaymentPeriod;
import fi.verme.compensation.api.PaymentPeriodNotFoundException;
import fi.verme.compensation.api.PaymentPeriodView;
import fi.verme.enrolment.api.EnrolmentNotFoundException;
import fi.verme.enrolment.api.EnrolmentView;
import fi.verme.enrolment.api.FindEnrolment;
import fi.verme.groups.api.FindGroup;
import fi.verme.groups.api.FindMentor;
import fi.verme.groups.api.FindPersonGroups;
import fi.verme.groups.api.GroupNotFoundException;
import fi.verme.groups.api.GroupView;
import fi.verme.groups.api.MentorNotFoundException;
import fi.verme.groups.api.MentorView;
import fi.verme.groups.api.PersonGroupView;
import fi.verme.meetings.api.FindMeetingGroup;
import fi.verme.meetings.api.MeetingNotFoundException;
import fi.verme.shared.ProgrammeYear;
import fi.verme.shared.Refusal;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.function.Supplier;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.InsufficientAuthenticationException;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.authorization.AuthorizationManager;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;

/**
 * The one place where it is decided who may call what: an {@link AuthorizationManager} in Spring
 * Security's filter chain, on the request as its firewall normalised it. Each request under
 * {@code /api/} is matched against {@link AccessRules} with Spring Security's own path matcher (so
 * every spelling of a path that reaches a controller reaches the same rule), and checked for the
 * object it is about: the organiser of the programme, group, enrolment, meeting, claim or period,
 * and for personal permits whether the user is that group's mentor or member, or that person.
 * An unknown object passes to its handler (which answers 404) only for users whose role could reach
 * such objects at all. A path under {@code /api/} that no rule names reaches no controller: Spring MVC
 * answers 404 or 405, and a controller that had no rule would be refused before it runs.
 *
 * <p>The organiser comes from the path, from the object, or from the one query parameter that the
 * endpoint's rule names, which is the parameter its handler binds. A request that repeats such a
 * parameter, or names two different organisers, is refused as a bad request. The rule decided on is
 * kept on the request, and before a handler runs Spring MVC must have chosen that very endpoint.
 */
@Configuration(proxyBeanMethods = false)
public class AccessPolicy implements AuthorizationManager<RequestAuthorizationContext>, HandlerInterceptor,
        WebMvcConfigurer {

    /** Set when a mentor claims: the claim must be their own (the controller checks the mentor id). */
    static final String CLAIMANT_ATTRIBUTE = "verme.claimantPersonId";
    /**
     * The role whose permit allowed the request ({@code COORDINATOR}, …), decided here on the same organiser
     * the handler uses; absent when it was allowed as anyone may (the public form).
     */
    static final String PERMITTED_AS_ATTRIBUTE = "verme.permittedAs";
    /**
     * Set when an admin of one organiser is let in by an organiser's permit: that organiser, to which the
     * grants they send are held (an installation admin, let in by the installation's permit, has none).
     */
    static final String ADMIN_OF_ATTRIBUTE = "verme.adminOf";
    /** The rule ("METHOD pattern") the request was authorised by. */
    public static final String RULE_ATTRIBUTE = AccessPolicy.class.getName() + ".rule";
    /** What the rules govern: the API, and the metrics (the rest of the actuator is health, open to all). */
    private static final RequestMatcher API = new OrRequestMatcher(
            PathPatternRequestMatcher.withDefaults().matcher("/api/**"),
            PathPatternRequestMatcher.withDefaults().matcher("/actuator/prometheus"));

    private record Rule(String key, PathPattern pattern, RequestMatcher matcher, Access access) {
    }

    private final UserAccounts users;
    private final QueryGateway queries;
    private final DeniedAttempts denied;
    private final List<Rule> rules;

    AccessPolicy(UserAccounts users, QueryGateway queries, DeniedAttempts denied) {
        this.users = users;
        this.queries = queries;
        this.denied = denied;
        this.rules = rules();
    }

    /** The rules, most specific pattern first, as Spring MVC chooses among its mappings. */
    private static List<Rule> rules() {
        var parser = PathPatternParser.defaultInstance;
        var matchers = PathPatternRequestMatcher.withDefaults();
        // HEAD is a GET without the body (Spring MVC serves it by the GET handler), so it meets the GET rule.
        return AccessRules.RULES.entrySet().stream().flatMap(entry -> {
            var method = entry.getKey().substring(0, entry.getKey().indexOf(' '));
            var path = entry.getKey().substring(method.length() + 1);
            var methods = method.equals("GET") ? List.of(HttpMethod.GET, HttpMethod.HEAD)
                    : List.of(HttpMethod.valueOf(method));
            return methods.stream().map(each -> new Rule(entry.getKey(), parser.parse(path),
                    matchers.matcher(each, path), entry.getValue()));
        }).sorted(Comparator.comparing(Rule::pattern, PathPattern.SPECIFICITY_COMPARATOR)).toList();
    }

    /** Requests outside the API and the metrics (the UI's files, health, the API description) are open to all. */
    static boolean isApi(HttpServletRequest request) {
        return API.matches(request);
    }

    @Override
    public AuthorizationDecision check(Supplier<Authentication> authentication, RequestAuthorizationContext context) {
        var request = context.getRequest();
        if (!isApi(request)) {
            return new AuthorizationDecision(true);
        }
        var match = rules.stream().filter(rule -> rule.matcher().matches(request)).findFirst();
        if (match.isEmpty()) {
            // No endpoint is there (Spring MVC answers 404 or 405); a controller without a rule is refused
            // by preHandle below, and AuthorizationMatrixTest fails for it.
            return new AuthorizationDecision(true);
        }
        var rule = match.get();
        request.setAttribute(RULE_ATTRIBUTE, rule.key());
        var access = rule.access();
        var user = CurrentUser.account(request, users).filter(UserAccount::enabled);
        if (user.isEmpty()) {
            if (access.isPublic()) {
                return new AuthorizationDecision(true);
            }
            throw new InsufficientAuthenticationException("login required");
        }
        var variables = ((PathPatternRequestMatcher) rule.matcher()).matcher(request).getVariables();
        var subject = new Subject(variables, scopeParameter(request, access));
        var named = subject.checkOneOrganiser(request);
        for (var permit : access.permits()) {
            if (permit.scope() != Scope.PUBLIC && allows(permit, user.get(), subject)) {
                // Only now, to one who may reach the object, is it told that the object's organiser is another.
                if (named.isPresent() && subject.organiser().filter(own -> !own.equals(named.get())).isPresent()) {
                    throw new ConflictingScopeException("the request names another organiser than its object's");
                }
                // The role the request is allowed as, for handlers where it may do more (a coordinator's late enrolment).
                request.setAttribute(PERMITTED_AS_ATTRIBUTE, permit.role().name());
                if (permit.role() == AccessRole.MENTOR
                        && (permit.scope() == Scope.ORGANISER || permit.scope() == Scope.YEAR_GROUP_MENTOR)) {
                    request.setAttribute(CLAIMANT_ATTRIBUTE, user.get().personId() == null ? "" : user.get().personId());
                }
                if (permit.role() == AccessRole.ADMIN && permit.scope() == Scope.ORGANISER) {
                    request.setAttribute(ADMIN_OF_ATTRIBUTE, subject.organiser().orElseThrow());
                }
                return new AuthorizationDecision(true);
            }
        }
        if (access.isPublic()) {
            return new AuthorizationDecision(true); // signed in, but acting as anyone may
        }
        boolean couldReach = access.permits().stream().anyMatch(p -> hasRole(user.get(), p.role()));
        if (subject.missing() && couldReach) {
            // An object the rules cannot place in an organiser is not found, here, before any handler runs:
            // a write must never reach an aggregate whose organiser nobody checked.
            var notFound = subject.notFound();
            if (notFound.isPresent()) {
                throw new ObjectNotFoundException(notFound.get());
            }
            return new AuthorizationDecision(true); // an unreadable scope parameter: the handler answers 400
        }
        if (couldReach && access.scopeParameter() != null && scopeParameter(request, access) == null
                && subject.organiser().isEmpty()) {
            // Nothing names the organiser: not a refusal of the caller, but a request that does not say whose.
            throw new MissingScopeException(access.scopeParameter());
        }
        throw new AccessDeniedException(couldReach
                ? "the object belongs to another organiser, group or person" : "role not allowed here");
    }

    /**
     * The value of the one parameter the rule reads its organiser from, null if it is not given or empty; a repeated
     * one is refused.
     */
    private static String scopeParameter(HttpServletRequest request, Access access) {
        if (access.scopeParameter() == null) {
            return null;
        }
        var values = request.getParameterValues(access.scopeParameter());
        return values == null || values[0].isBlank() ? null : values[0];
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(this).addPathPatterns("/api/**").order(-10);
    }

    /**
     * Not a second decision: a guard that the handler Spring MVC chose is the endpoint whose rule was
     * applied in the filter chain, so that no difference between the two matchers can go unnoticed.
     */
    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler)
            throws IOException {
        if (!(handler instanceof HandlerMethod)) {
            return true;
        }
        var pattern = request.getAttribute(HandlerMapping.BEST_MATCHING_PATTERN_ATTRIBUTE);
        var decided = request.getAttribute(RULE_ATTRIBUTE);
        var method = "HEAD".equals(request.getMethod()) ? "GET" : request.getMethod();
        if (decided == null || !decided.equals(method + " " + pattern)) {
            denied.handle(request, response, new AccessDeniedException("the endpoint " + request.getMethod() + " "
                    + pattern + " is not the one authorised (" + decided + ")"));
            return false;
        }
        return true;
    }

    private boolean allows(Permit permit, UserAccount user, Subject subject) {
        return switch (permit.scope()) {
            case PUBLIC -> true;
            case ANY -> hasRole(user, permit.role());
            case INSTALLATION -> user.grants().stream()
                    .anyMatch(g -> g.role() == permit.role() && g.organiser().equals(Grant.ALL_ORGANISERS));
            case ORGANISER -> subject.organiser().map(organiser -> covers(user, permit.role(), organiser)).orElse(false);
            // The group's own coordinator named its mentors, those of other organisers too: a mentor leads the
            // groups that name them, as a mentor of the group's organiser or of the organiser they belong to.
            case GROUP_MENTOR -> user.personId() != null && subject.group().stream()
                    .flatMap(g -> g.mentors().stream()).filter(m -> m.personId().equals(user.personId()))
                    .anyMatch(m -> actsAsMentor(user, permit.role(), subject.organiser(),
                            () -> findMentor(m.mentorId())));
            case GROUP_MEMBER -> personal(user, permit.role(), subject) && subject.group()
                    .map(g -> g.members().stream().anyMatch(m -> m.personId().equals(user.personId()))).orElse(false);
            case OWN_ENROLMENT -> personal(user, permit.role(), subject) && subject.enrolment()
                    .map(e -> user.personId().equals(e.personId())).orElse(false);
            case SELF -> personal(user, permit.role(), subject)
                    && user.personId().equals(subject.variables().get("personId"));
            case OWN_CLAIM -> user.personId() != null && subject.claimMentor()
                    .filter(mentor -> user.personId().equals(mentor.personId()))
                    .map(mentor -> actsAsMentor(user, permit.role(), subject.organiser(), () -> Optional.of(mentor)))
                    .orElse(false);
            case MENTOR_SELF -> subject.mentor().map(m -> isMentor(user, permit.role(), m)).orElse(false);
            case YEAR_GROUP_MENTOR -> user.personId() != null && subject.mentorIdsInYear(user.personId()).stream()
                    .anyMatch(mentorId -> actsAsMentor(user, permit.role(), subject.organiser(),
                            () -> findMentor(mentorId)));
            // What follows every group of the person (their calendar feed) is theirs only if the account reaches each
            // group as its mentor or member would: an account another organiser's admin bound to the person does not.
            // An account of no person is let through to hear why it has no feed (409 account-without-person).
            case OWN_GROUPS -> hasRole(user, permit.role()) && (user.personId() == null
                    || groupsOf(user.personId()).stream().allMatch(group -> reaches(user, group)));
        };
    }

    /** Whether the account is this mentor: it names the mentor's person and has the role for their organiser. */
    boolean isMentor(UserAccount user, AccessRole role, MentorView mentor) {
        return user.personId() != null && user.personId().equals(mentor.personId())
                && (mentor.organiser() == null ? hasRole(user, role) : covers(user, role, mentor.organiser()));
    }

    /**
     * Whether the account reaches this group of its person as the group's mentor or member would: an account another
     * organiser's admin bound to the person does not, and is not told of the group.
     */
    boolean reaches(UserAccount user, PersonGroupView group) {
        var organiser = group.programmeYear().organiser();
        return group.mentor()
                ? actsAsMentor(user, AccessRole.MENTOR, Optional.of(organiser), () -> findMentor(group.mentorId()))
                : covers(user, AccessRole.PARTICIPANT, organiser);
    }

    /**
     * Whether the account acts as this mentor (whose person it already names): with the role for the object's
     * organiser, or for the organiser the mentor belongs to, a mentor placed in another organiser's group. Naming a
     * person is not enough: an admin of one organiser may bind an account to any person id, but grants roles for their
     * own organiser only, so an account they make never acts as another organiser's mentor.
     */
    private static boolean actsAsMentor(UserAccount user, AccessRole role, Optional<String> objectOrganiser,
                                        Supplier<Optional<MentorView>> mentor) {
        return objectOrganiser.map(organiser -> covers(user, role, organiser)).orElse(false)
                || mentor.get().map(MentorView::organiser).map(organiser -> covers(user, role, organiser)).orElse(false);
    }

    private Optional<MentorView> findMentor(String mentorId) {
        return queries.query(new FindMentor(mentorId), ResponseTypes.optionalInstanceOf(MentorView.class)).join();
    }

    private List<PersonGroupView> groupsOf(String personId) {
        return queries.query(new FindPersonGroups(personId), ResponseTypes.multipleInstancesOf(PersonGroupView.class))
                .join();
    }

    /** A personal permit needs the user's person and the role for the object's organiser. */
    private static boolean personal(UserAccount user, AccessRole role, Subject subject) {
        return user.personId() != null
                && subject.organiser().map(organiser -> covers(user, role, organiser)).orElse(hasRole(user, role));
    }

    private static boolean covers(UserAccount user, AccessRole role, String organiser) {
        return user.grants().stream().anyMatch(g -> g.role() == role
                && (g.organiser().equals(organiser) || g.organiser().equals(Grant.ALL_ORGANISERS)));
    }

    static boolean hasRole(UserAccount user, AccessRole role) {
        return role != null && user.grants().stream().anyMatch(g -> g.role() == role);
    }

    /** What the request is about, looked up once, when a permit asks. */
    private final class Subject {

        private final Map<String, String> variables;
        private final String scopeValue;
        private Optional<GroupView> group;
        private Optional<EnrolmentView> enrolment;
        private Optional<MentorView> claimMentor;
        private Optional<ClaimView> claim;
        private Optional<String> organiser;
        private boolean missing;
        private Refusal notFound;

        Subject(Map<String, String> variables, String scopeValue) {
            this.variables = variables;
            this.scopeValue = scopeValue;
        }

        /**
         * One request, one organiser: a repeated {@code programme} or {@code organiser} parameter, or parameters and
         * the path naming different organisers, are refused; answers the organiser the parameters name, if they do.
         * Whether it is the organiser of the object in the path is not told here, before it is known that the caller
         * may reach the object at all: that would tell anyone whose an object is.
         */
        Optional<String> checkOneOrganiser(HttpServletRequest request) {
            var named = new TreeSet<String>();
            for (var parameter : List.of(AccessRules.PROGRAMME, AccessRules.ORGANISER)) {
                var values = request.getParameterValues(parameter);
                if (values == null) {
                    continue;
                }
                if (values.length > 1) {
                    throw new ConflictingScopeException("the parameter '" + parameter + "' is given "
                            + values.length + " times; give it once");
                }
                named.add(parameter.equals(AccessRules.PROGRAMME) ? organiserOf(values[0]) : values[0]);
            }
            if (named.isEmpty()) {
                return Optional.empty();
            }
            if (variables.containsKey("organiser")) {
                named.add(variables.get("organiser"));
            }
            if (named.size() > 1) {
                throw new ConflictingScopeException("the request names more than one organiser: " + named);
            }
            return Optional.of(named.first());
        }

        private static String organiserOf(String programme) {
            int slash = programme.indexOf('/');
            return slash < 0 ? programme : programme.substring(0, slash);
        }

        Map<String, String> variables() {
            return variables;
        }

        /** The mentor ids under which the person leads a group of the programme year the path names. */
        List<String> mentorIdsInYear(String personId) {
            var organiser = variables.get("organiser");
            var schoolYear = variables.get("schoolYear");
            if (organiser == null || schoolYear == null) {
                return List.of();
            }
            return groupsOf(personId).stream()
                    .filter(group -> group.mentor() && group.programmeYear().organiser().equals(organiser)
                            && group.programmeYear().schoolYear().equals(schoolYear))
                    .map(PersonGroupView::mentorId).distinct().toList();
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
                return found(group().map(g -> g.programmeYear().organiser()), variables.containsKey("groupId")
                        ? new GroupNotFoundException(variables.get("groupId"))
                        : new MeetingNotFoundException(variables.get("meetingId")));
            }
            if (variables.containsKey("enrolmentId")) {
                return found(enrolment().map(e -> e.programmeYear().organiser()),
                        new EnrolmentNotFoundException(variables.get("enrolmentId")));
            }
            if (variables.containsKey("claimId")) {
                return found(claim().map(c -> c.programmeYear().organiser()),
                        new ClaimNotFoundException(variables.get("claimId")));
            }
            if (variables.containsKey("periodId")) {
                return found(queries.query(new FindPaymentPeriod(variables.get("periodId")),
                        ResponseTypes.optionalInstanceOf(PaymentPeriodView.class)).join()
                        .map(p -> p.programmeYear().organiser()),
                        new PaymentPeriodNotFoundException(variables.get("periodId")));
            }
            if (variables.containsKey("userId")) {
                // An account belongs to the organiser that manages it (the installation's, *, unless all its
                // grants are for one organiser); one that does not exist yet, to the organiser it is created for.
                var account = users.find(variables.get("userId"));
                if (account.isPresent()) {
                    return Optional.of(account.get().managedBy());
                }
                return Optional.ofNullable(scopeValue).filter(ProgrammeYear::isOrganiser);
            }
            if (variables.containsKey("mentorId")) {
                // A mentor registered before mentors had an organiser belongs to all: only a * grant covers it.
                return found(mentor().map(m -> m.organiser() == null ? Grant.ALL_ORGANISERS : m.organiser()),
                        new MentorNotFoundException(variables.get("mentorId")));
            }
            if (scopeValue == null) {
                return Optional.empty();
            }
            if (scopeValue.indexOf('/') < 0) {
                return Optional.of(scopeValue);
            }
            try {
                return Optional.of(ProgrammeYear.fromId(scopeValue).organiser());
            } catch (RuntimeException invalid) {
                missing = true;
                return Optional.empty();
            }
        }

        /** {@code notFound}: how the request is refused when the object cannot be placed in an organiser. */
        private Optional<String> found(Optional<String> organiser, Refusal notFound) {
            missing = organiser.isEmpty();
            this.notFound = organiser.isEmpty() ? notFound : null;
            return organiser;
        }

        /** The refusal for an object the rules looked up and did not find; none when nothing was looked up. */
        Optional<Refusal> notFound() {
            organiser();
            return Optional.ofNullable(notFound);
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

        Optional<MentorView> claimMentor() {
            if (claimMentor == null) {
                // A participant's travel is no mentor's claim: no mentor reads it as their own.
                claimMentor = claim().flatMap(c -> c.mentorId() == null ? Optional.empty() : findMentor(c.mentorId()));
            }
            return claimMentor;
        }

        Optional<MentorView> mentor() {
            return findMentor(variables.get("mentorId"));
        }
    }
}
