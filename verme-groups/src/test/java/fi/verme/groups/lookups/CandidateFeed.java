package fi.verme.groups.lookups;

import fi.verme.groups.domain.Candidates;
import org.axonframework.eventhandling.AnnotationEventHandlerAdapter;
import org.axonframework.eventhandling.GenericEventMessage;
import org.springframework.jdbc.core.JdbcTemplate;

/** The candidates lookup for the tests of the views, which read its tables: feeds it events as Axon would. */
public final class CandidateFeed {

    private final CandidateLookup lookup;
    private final AnnotationEventHandlerAdapter handlers;

    public CandidateFeed(JdbcTemplate jdbc) {
        lookup = new CandidateLookup(jdbc);
        handlers = new AnnotationEventHandlerAdapter(lookup);
    }

    public void on(Object event) {
        try {
            handlers.handle(GenericEventMessage.asEventMessage(event));
        } catch (Exception e) {
            throw new IllegalStateException("The candidates lookup refused " + event, e);
        }
    }

    public Candidates candidates() {
        return lookup;
    }
}
