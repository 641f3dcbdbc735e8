package fi.verme.groups.lookups;

import fi.verme.shared.InTransaction;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The lookups the group rules consult. They run in the transaction that appends their events ({@link InTransaction}).
 */
@Configuration(proxyBeanMethods = false)
class GroupLookupProcessors {

    @Bean
    InTransaction groupLookups() {
        return InTransaction.lookups(ProgrammeTermsLookup.PROCESSING_GROUP,
                MentorLookup.PROCESSING_GROUP,
                CandidateLookup.PROCESSING_GROUP,
                SurveyLookup.PROCESSING_GROUP);
    }
}
