package fi.verme.groups.views;

import fi.verme.shared.ViewProcessors;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The groups module's view: the groups with their members and mentors. */
@Configuration(proxyBeanMethods = false)
class GroupViews {

    @Bean
    ViewProcessors groupViewProcessors() {
        return ViewProcessors.of(GroupRoster.PROCESSING_GROUP);
    }
}
