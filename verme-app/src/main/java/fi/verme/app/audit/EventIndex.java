package fi.verme.app.audit;

import fi.verme.shared.ProgrammeYear;
import java.lang.reflect.Method;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.ResetHandler;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Tags every event with its programme year (every event that names one) in {@code app.event_programme},
 * so that a year's history is read by index. Installation-wide events (mentors, erasures) name no year.
 */
@Component
@ProcessingGroup(EventIndex.PROCESSOR)
class EventIndex {

    static final String PROCESSOR = "audit-event-index";

    private static final Map<Class<?>, Optional<Method>> ACCESSORS = new ConcurrentHashMap<>();

    private final JdbcTemplate jdbc;

    EventIndex(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * The event's own place in the store is looked up by its identifier: the message's tracking token is no
     * guide to it, since an event that committed after a later one (a gap) arrives with the later one's token.
     */
    @EventHandler
    void on(Object event, EventMessage<?> message) {
        var year = programmeYearOf(event);
        if (year.isPresent()) {
            jdbc.update("""
                    insert into app.event_programme (global_index, programme_year)
                    select global_index, ? from domain_event_entry where event_identifier = ?
                    on conflict do nothing""", year.get().id(), message.getIdentifier());
        }
    }

    @ResetHandler
    void reset() {
        jdbc.update("truncate app.event_programme");
    }

    static Optional<ProgrammeYear> programmeYearOf(Object event) {
        var accessor = ACCESSORS.computeIfAbsent(event.getClass(), type -> {
            try {
                var method = type.getMethod("programmeYear");
                return method.getReturnType() == ProgrammeYear.class ? Optional.of(method) : Optional.empty();
            } catch (NoSuchMethodException none) {
                return Optional.empty();
            }
        });
        return accessor.map(method -> {
            try {
                return (ProgrammeYear) method.invoke(event);
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException(e);
            }
        });
    }
}
