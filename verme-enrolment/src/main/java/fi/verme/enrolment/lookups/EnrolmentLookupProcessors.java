package fi.verme.enrolment.lookups;

import fi.verme.shared.InTransaction;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The lookups the enrolment rules consult: a duplicate enrolment is refused even when the first one was a moment ago.
 * They run in the transaction that appends their events ({@link InTransaction}).
 */
@Configuration(proxyBeanMethods = false)
class EnrolmentLookupProcessors {

    @Bean
    InTransaction enrolmentLookups() {
        return InTransaction.lookups(EnrolmentCallTerms.PROCESSING_GROUP, ActiveEnrolmentLookup.PROCESSING_GROUP);
    }
}
