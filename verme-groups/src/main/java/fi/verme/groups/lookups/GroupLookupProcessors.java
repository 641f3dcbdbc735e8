package fi.verme.groups.lookups;

import org.axonframework.config.EventProcessingConfigurer;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Configuration;

/**
 * The lookups run in subscribing processors, in the transaction that appends their events: a rule that
 * consults one sees what every earlier command did, and a lookup's unique key refuses what two concurrent
 * commands would otherwise both do. A lookup that fails rolls back the command that caused it.
 */
@Configuration(proxyBeanMethods = false)
class GroupLookupProcessors {

    @Autowired
    void configure(EventProcessingConfigurer processing) {
        processing.registerSubscribingEventProcessor(ProgrammeTermsLookup.PROCESSING_GROUP)
                .registerSubscribingEventProcessor(MentorLookup.PROCESSING_GROUP)
                .registerSubscribingEventProcessor(CandidateLookup.PROCESSING_GROUP)
                .registerSubscribingEventProcessor(SurveyLookup.PROCESSING_GROUP);
    }
}
