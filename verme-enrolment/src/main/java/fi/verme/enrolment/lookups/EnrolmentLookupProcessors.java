package fi.verme.enrolment.lookups;

import org.axonframework.config.EventProcessingConfigurer;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Configuration;

/**
 * The lookups are subscribing processors: they are updated in the transaction that appends the events,
 * so a rule that consults them is never behind its own module's history (a duplicate enrolment is
 * refused even when the first one was a moment ago).
 */
@Configuration(proxyBeanMethods = false)
class EnrolmentLookupProcessors {

    @Autowired
    void subscribe(EventProcessingConfigurer processing) {
        processing.registerSubscribingEventProcessor(EnrolmentCallTerms.PROCESSING_GROUP);
        processing.registerSubscribingEventProcessor(ActiveEnrolmentLookup.PROCESSING_GROUP);
    }
}
