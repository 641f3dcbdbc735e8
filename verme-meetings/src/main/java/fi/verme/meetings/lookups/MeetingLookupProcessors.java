package fi.verme.meetings.lookups;

import org.axonframework.config.EventProcessingConfigurer;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Configuration;

/**
 * The lookups run in subscribing processors: each is updated in the transaction that appends its
 * events, so the rules that consult it see every earlier write, and a lookup that fails rolls the
 * command back. (The views are kept in the same transaction.)
 */
@Configuration
class MeetingLookupProcessors {

    @Autowired
    void configure(EventProcessingConfigurer processing) {
        processing.registerSubscribingEventProcessor(GroupFactsLookup.PROCESSING_GROUP);
        processing.registerSubscribingEventProcessor(HoursCapLookup.PROCESSING_GROUP);
        processing.registerSubscribingEventProcessor(SchoolBreaksLookup.PROCESSING_GROUP);
        processing.registerSubscribingEventProcessor(JointMeetingLimitsLookup.PROCESSING_GROUP);
        processing.registerSubscribingEventProcessor(MeetingIndex.PROCESSING_GROUP);
    }
}
