package fi.verme.app.upgradeprobe;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.gateway.EventGateway;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Writes one event when the instance is ready, and keeps release 1's view of every such event. */
@Component
@ProcessingGroup("upgrade-probe")
class Probe {

    private final EventGateway events;
    private final JdbcTemplate jdbc;
    private final String instance;

    Probe(EventGateway events, JdbcTemplate jdbc, @Value("${probe.instance}") String instance) {
        this.events = events;
        this.jdbc = jdbc;
        this.instance = instance;
    }

    @EventListener(ApplicationReadyEvent.class)
    void ready() {
        events.publish(new ProbeNoted(instance, "release 1"));
    }

    @EventHandler
    void on(ProbeNoted noted, EventMessage<?> message) {
        jdbc.update("insert into app.upgrade_probe (event_id, instance, text) values (?, ?, ?) on conflict do nothing",
                message.getIdentifier(), noted.instance(), noted.text());
    }
}
