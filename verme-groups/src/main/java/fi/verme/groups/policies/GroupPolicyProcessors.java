package fi.verme.groups.policies;

import org.axonframework.config.EventProcessingConfigurer;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Configuration;

/**
 * The policies run in subscribing processors, in the transaction of the event they react to: the enrolment's
 * status never disagrees with its group, and a command they send that is refused rolls the cause back too.
 */
@Configuration(proxyBeanMethods = false)
class GroupPolicyProcessors {

    @Autowired
    void configure(EventProcessingConfigurer processing) {
        processing.registerSubscribingEventProcessor(EnrolmentStatusPolicy.PROCESSING_GROUP)
                .registerSubscribingEventProcessor(WithdrawalPolicy.PROCESSING_GROUP);
    }
}
