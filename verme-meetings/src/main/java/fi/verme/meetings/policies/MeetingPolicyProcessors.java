package fi.verme.meetings.policies;

import fi.verme.shared.InTransaction;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The meetings' policies: a group is never closed with meetings still planned, and a refused command rolls the closing
 * back too. They run in the transaction that appends their events ({@link InTransaction}).
 */
@Configuration(proxyBeanMethods = false)
class MeetingPolicyProcessors {

    @Bean
    InTransaction meetingPolicies() {
        return InTransaction.policies(ClosedGroupsCloseCalendars.PROCESSING_GROUP);
    }
}
