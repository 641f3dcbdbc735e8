package fi.verme.app.web;

import fi.verme.app.security.CurrentUser;
import fi.verme.app.security.UserAccounts;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Tells the controllers which person is asking (the request attribute they read): the logged-in
 * user's person, when they have one. Without a login, the {@code X-Verme-Person} header still stands
 * in, until every endpoint requires a login.
 */
@Configuration(proxyBeanMethods = false)
class IdentityInterceptor implements HandlerInterceptor, WebMvcConfigurer {

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
        CurrentUser.userId().flatMap(users::find).ifPresent(user -> {
            if (user.personId() != null) {
                request.setAttribute(RequestMetadata.PERSON_ATTRIBUTE, user.personId());
            } else {
                request.removeAttribute(RequestMetadata.PERSON_ATTRIBUTE);
            }
        });
        return true;
    }
}
