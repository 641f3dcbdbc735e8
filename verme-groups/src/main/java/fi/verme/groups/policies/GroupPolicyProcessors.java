package fi.verme.groups.policies;

import fi.verme.shared.InTransaction;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The policies: the enrolment's status never disagrees with its group, and a command they send that is refused rolls
 * the cause back too. They run in the transaction that appends their events ({@link InTransaction}).
 */
@Configuration(proxyBeanMethods = false)
class GroupPolicyProcessors {

    @Bean
    InTransaction groupPolicies() {
        return InTransaction.policies(EnrolmentStatusPolicy.PROCESSING_GROUP, WithdrawalPolicy.PROCESSING_GROUP,
                ErasurePolicy.PROCESSING_GROUP);
    }
}
