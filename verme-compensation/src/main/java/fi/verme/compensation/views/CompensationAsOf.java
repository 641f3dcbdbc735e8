package fi.verme.compensation.views;

import fi.verme.compensation.api.CompensationAsOfView;
import fi.verme.compensation.api.FindCompensationAsOf;
import fi.verme.compensation.domain.CompensationHistory;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.stereotype.Component;

/**
 * A programme year's compensation after the events an auditor gives (those up to a past day): folded by
 * {@link CompensationHistory}, which owes and prices as the ledger does, so the rule exists once.
 */
@Component
class CompensationAsOf {

    @QueryHandler
    CompensationAsOfView answer(FindCompensationAsOf query) {
        var history = new CompensationHistory();
        query.events().forEach(history::apply);
        return history.view();
    }
}
