package fi.verme.compensation.views;

import fi.verme.shared.ViewProcessors;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The compensation module's views: the ledger and the payees. */
@Configuration(proxyBeanMethods = false)
class CompensationViews {

    @Bean
    ViewProcessors compensationViewProcessors() {
        return ViewProcessors.of(CompensationLedger.PROCESSING_GROUP, CompensationPayees.PROCESSING_GROUP);
    }
}
