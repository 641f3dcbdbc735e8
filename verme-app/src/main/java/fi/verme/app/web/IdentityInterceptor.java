package fi.verme.app.web;

import fi.verme.app.security.CurrentUser;
import fi.verme.app.security.Grant;
import fi.verme.app.security.Role;
import fi.verme.app.security.UserAccount;
import fi.verme.app.security.UserAccounts;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.function.Predicate;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Tells the controllers which person is asking (the request attributes they read): the logged-in
 * user's person, when they have one, and which organisers they coordinate.
 */
@Configuration(proxyBeanMethods = false)
class IdentityInterceptor implements HandlerInterceptor, WebMvcConfigurer {

    /**
     * Which organisers the user coordinates, as a test on an organiser: what a handler asks when a
     * coordinator may do more than others (a late enrolment), on the organiser it uses itself.
     */
    static final String COORDINATOR_OF_ATTRIBUTE = "verme.coordinatorOf";

    private final UserAccounts users;

    IdentityInterceptor(UserAccounts users) {
        this.users = users;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(this);
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        var account = CurrentUser.account(request, users);
        account.map(UserAccount::personId)
                .ifPresent(person -> request.setAttribute(RequestMetadata.PERSON_ATTRIBUTE, person));
        account.filter(UserAccount::enabled).ifPresent(user -> {
            Predicate<String> coordinatorOf = organiser -> user.grants().stream()
                    .anyMatch(grant -> grant.role() == Role.COORDINATOR && (grant.organiser().equals(organiser)
                            || grant.organiser().equals(Grant.ALL_ORGANISERS)));
            request.setAttribute(COORDINATOR_OF_ATTRIBUTE, coordinatorOf);
        });
        return true;
    }
}
