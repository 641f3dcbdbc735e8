package fi.verme.app.access;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Tells the controllers which person is asking (the request attribute they read): the logged-in
 * user's person, when they have one.
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
        CurrentUser.account(request, users).map(UserAccount::personId)
                .ifPresent(person -> request.setAttribute(RequestMetadata.PERSON_ATTRIBUTE, person));
        return true;
    }
}
