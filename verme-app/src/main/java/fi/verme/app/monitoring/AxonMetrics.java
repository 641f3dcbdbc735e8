package fi.verme.app.monitoring;

import org.axonframework.eventhandling.SubscribingEventProcessor;
import org.axonframework.messaging.Message;
import org.axonframework.micrometer.GlobalMetricRegistry;
import org.axonframework.micrometer.MetricsConfigurerModule;
import org.axonframework.monitoring.MessageMonitor;
import org.axonframework.monitoring.NoOpMessageMonitor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Axon's meters, tagged by message type (and processor), for the command bus, the query bus, the event store
 * and the streaming processors, as Axon's own module makes them, but none for each subscribing processor:
 * those run inside the command that wrote the events, whose meters already time and count it, and a dozen
 * of them meter every event of every write (a third of a write's CPU, docs/benchmarks.md, E).
 */
@Configuration(proxyBeanMethods = false)
class AxonMetrics {

    @Bean
    MetricsConfigurerModule metricsConfigurerModule(GlobalMetricRegistry metrics) {
        return new MetricsConfigurerModule(metrics, true) {
            @Override
            public void configureModule(org.axonframework.config.Configurer configurer) {
                configurer.configureMessageMonitor(configuration -> (componentType, componentName) ->
                        SubscribingEventProcessor.class.isAssignableFrom(componentType) ? NoOpMessageMonitor.INSTANCE
                                : metered(metrics.registerComponentWithDefaultTags(componentType, componentName)));
            }
        };
    }

    @SuppressWarnings("unchecked") // Axon's own module hands its monitors on the same way
    private static MessageMonitor<Message<?>> metered(MessageMonitor<? extends Message<?>> monitor) {
        return (MessageMonitor<Message<?>>) monitor;
    }
}
