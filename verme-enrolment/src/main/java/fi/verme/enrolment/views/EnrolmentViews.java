package fi.verme.enrolment.views;

import fi.verme.shared.ViewProcessors;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The enrolment module's view: the roster. */
@Configuration(proxyBeanMethods = false)
class EnrolmentViews {

    @Bean
    ViewProcessors enrolmentViewProcessors() {
        return ViewProcessors.of(EnrolmentRoster.PROCESSING_GROUP);
    }
}
