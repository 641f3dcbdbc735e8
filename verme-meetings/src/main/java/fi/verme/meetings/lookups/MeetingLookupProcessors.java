package fi.verme.meetings.lookups;

import fi.verme.shared.InTransaction;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The lookups the meeting rules consult. They run in the transaction that appends their events ({@link
 * InTransaction}).
 */
@Configuration(proxyBeanMethods = false)
class MeetingLookupProcessors {

    @Bean
    InTransaction meetingLookups() {
        return InTransaction.lookups(GroupFactsLookup.PROCESSING_GROUP,
                HoursCapLookup.PROCESSING_GROUP,
                SchoolBreaksLookup.PROCESSING_GROUP,
                JointMeetingLimitsLookup.PROCESSING_GROUP,
                MeetingIndex.PROCESSING_GROUP);
    }
}
