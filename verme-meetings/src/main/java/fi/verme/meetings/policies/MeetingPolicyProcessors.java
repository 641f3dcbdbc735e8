package fi.verme.meetings.policies;

import org.axonframework.config.EventProcessingConfigurer;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Configuration;

/**
 * The meetings' policies run in subscribing processors, in the transaction of the event they react to: a group
 * is never closed with meetings still planned, and a refused command rolls the closing back too.
 */
@Configuration(proxyBeanMethods = false)
class MeetingPolicyProcessors {

    @Autowired
    void configure(EventProcessingConfigurer processing) {
        processing.registerSubscribingEventProcessor(ClosedGroupsCloseCalendars.PROCESSING_GROUP);
    }
}
