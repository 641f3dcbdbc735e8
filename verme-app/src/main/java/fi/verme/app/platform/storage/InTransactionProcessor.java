package fi.verme.app.platform.storage;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.axonframework.common.annotation.AnnotationUtils;
import org.axonframework.config.Configuration;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.AbstractEventProcessor;
import org.axonframework.eventhandling.AnnotationEventHandlerAdapter;
import org.axonframework.eventhandling.DirectEventProcessingStrategy;
import org.axonframework.eventhandling.EventHandlerInvoker;
import org.axonframework.eventhandling.EventProcessorSpanFactory;
import org.axonframework.eventhandling.MultiEventHandlerInvoker;
import org.axonframework.eventhandling.SimpleEventHandlerInvoker;
import org.axonframework.eventhandling.SubscribingEventProcessor;

/**
 * The one subscribing processor that runs, in the transaction that appends an event, every processing group kept
 * there: the modules' lookups and policies, the views and the notices, in that order (a view may read a lookup, a
 * notice reads the views). One processor, not one a group: Axon opens a unit of work for each processor and event,
 * whether or not the processor handles it, and a write's events pass through about twenty groups. Each group keeps
 * its own handlers, error handling and name, by which a rebuild finds a view's handlers ({@link #handlersOf}).
 */
public final class InTransactionProcessor {

    public static final String NAME = "in-transaction";

    private InTransactionProcessor() {
    }

    /** The processor, like Axon's subscribing one, with the groups' handlers called in the order given. */
    static SubscribingEventProcessor build(String name, Configuration axon, EventHandlerInvoker handlers,
                                           List<String> order) {
        var processing = axon.eventProcessingConfiguration();
        var byOrder = ((MultiEventHandlerInvoker) handlers).delegates().stream()
                .sorted(Comparator.comparingInt(group -> order.indexOf(groupOf(group).orElse(""))))
                .toList();
        return SubscribingEventProcessor.builder()
                .name(name)
                .eventHandlerInvoker(new MultiEventHandlerInvoker(byOrder))
                .rollbackConfiguration(processing.rollbackConfiguration(name))
                .errorHandler(processing.errorHandler(name))
                .messageMonitor(processing.messageMonitor(SubscribingEventProcessor.class, name))
                .messageSource(axon.eventBus())
                .processingStrategy(DirectEventProcessingStrategy.INSTANCE)
                .transactionManager(processing.transactionManager(name))
                .spanFactory(axon.getComponent(EventProcessorSpanFactory.class))
                .build();
    }

    /** The handlers of a processing group kept in the transaction: its part of this processor. */
    public static Optional<EventHandlerInvoker> handlersOf(EventProcessingConfiguration processing, String group) {
        return processing.eventProcessor(NAME, AbstractEventProcessor.class).stream()
                .flatMap(processor -> ((MultiEventHandlerInvoker) processor.eventHandlerInvoker()).delegates().stream())
                .filter(part -> groupOf(part).filter(group::equals).isPresent()).findFirst();
    }

    /** The processing group of a group's handlers, as its handler classes name it ({@link ProcessingGroup}). */
    private static Optional<String> groupOf(EventHandlerInvoker handlers) {
        if (!(handlers instanceof SimpleEventHandlerInvoker simple) || simple.eventHandlers().isEmpty()
                || !(simple.eventHandlers().get(0) instanceof AnnotationEventHandlerAdapter adapter)) {
            return Optional.empty();
        }
        return AnnotationUtils.findAnnotationAttribute(adapter.getTargetType(), ProcessingGroup.class,
                "processingGroup");
    }
}
