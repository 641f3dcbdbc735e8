package fi.verme.compensation.lookups;

import fi.verme.shared.InTransaction;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The directory, which the claim rules consult. They run in the transaction that appends their events ({@link
 * InTransaction}).
 */
@Configuration(proxyBeanMethods = false)
class CompensationLookupProcessors {

    @Bean
    InTransaction compensationLookups() {
        return InTransaction.lookups(CompensationDirectory.PROCESSING_GROUP);
    }
}
