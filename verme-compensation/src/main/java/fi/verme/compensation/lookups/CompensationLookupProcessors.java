package fi.verme.compensation.lookups;

import org.axonframework.config.EventProcessingConfigurer;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Configuration;

/**
 * The directory runs in a subscribing processor: it is updated in the transaction that appends its
 * events, so the claim rules that consult it see every earlier write, and a failure rolls the command
 * back. (The views are kept in the same transaction.)
 */
@Configuration
class CompensationLookupProcessors {

    @Autowired
    void configure(EventProcessingConfigurer processing) {
        processing.registerSubscribingEventProcessor(CompensationDirectory.PROCESSING_GROUP);
    }
}
