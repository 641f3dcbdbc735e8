package fi.verme.app.platform.storage;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.PropertyAccessor;
import com.fasterxml.jackson.databind.ObjectMapper;
import fi.verme.shared.InTransaction;
import fi.verme.shared.ViewProcessors;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.axonframework.common.jdbc.ConnectionProvider;
import org.axonframework.common.jdbc.PersistenceExceptionResolver;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.eventhandling.EventBusSpanFactory;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.eventhandling.PropagatingErrorHandler;
import org.axonframework.eventhandling.TrackingEventProcessorConfiguration;
import org.axonframework.eventhandling.tokenstore.jdbc.TokenSchema;
import org.axonframework.eventsourcing.EventCountSnapshotTriggerDefinition;
import org.axonframework.eventsourcing.SnapshotTriggerDefinition;
import org.axonframework.eventsourcing.Snapshotter;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.eventsourcing.eventstore.jdbc.EventSchema;
import org.axonframework.eventsourcing.eventstore.jdbc.JdbcEventStorageEngine;
import org.axonframework.messaging.correlation.CorrelationDataProvider;
import org.axonframework.messaging.correlation.MessageOriginProvider;
import org.axonframework.messaging.correlation.SimpleCorrelationDataProvider;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.json.JacksonSerializer;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Axon on PostgreSQL through JDBC, with the snake_case tables that Flyway creates. */
@Configuration(proxyBeanMethods = false)
class AxonConfiguration {

    /** Metadata that every message caused by a request carries on to the events it causes. */
    static final String UNIQUE_VIOLATION = "23505";

    /*
     * The store keeps an event's time to the millisecond. Events get their time from a clock that ticks in
     * milliseconds, so what a view writes of it in the writing transaction is what a rebuild from the store writes.
     */
    static {
        GenericEventMessage.clock = Clock.tick(Clock.systemUTC(), Duration.ofMillis(1));
    }

    /** The notices' processing group: e-mail goes to the outbox in the transaction of the event it tells of. */
    static final String NOTICES = "app-notices";

    static final String[] PROPAGATED_METADATA = {"actingUser", "correlationId", "idempotencyKeySha256", "language",
        "importId", "notices"};

    @Bean
    EventSchema eventSchema() {
        return EventSchema.builder()
                .eventTable("domain_event_entry")
                .snapshotTable("snapshot_event_entry")
                .globalIndexColumn("global_index")
                .eventIdentifierColumn("event_identifier")
                .aggregateIdentifierColumn("aggregate_identifier")
                .sequenceNumberColumn("sequence_number")
                .typeColumn("type")
                .timestampColumn("time_stamp")
                .payloadTypeColumn("payload_type")
                .payloadRevisionColumn("payload_revision")
                .payloadColumn("payload")
                .metaDataColumn("meta_data")
                .build();
    }

    @Bean
    TokenSchema tokenSchema() {
        return TokenSchema.builder()
                .setTokenTable("token_entry")
                .setProcessorNameColumn("processor_name")
                .setSegmentColumn("segment")
                .setTokenColumn("token")
                .setTokenTypeColumn("token_type")
                .setTimestampColumn("timestamp")
                .setOwnerColumn("owner")
                .build();
    }

    /**
     * The event store, as Axon's auto-configuration makes it, except for snapshots: an aggregate's snapshot
     * is its fields, written and read by a serializer that looks at fields only (not getters), so the
     * aggregates in the modules' {@code domain} packages carry no serialization annotations. Events,
     * metadata and tokens keep the application's serializer. A read of the stream (a tracking processor's, a
     * rebuild's) fetches {@code verme.processing.fetch-size} events (1000) a query.
     */
    @Bean
    EventStorageEngine eventStorageEngine(@Qualifier("eventSerializer") Serializer eventSerializer,
                                          ObjectMapper json, PersistenceExceptionResolver persistenceExceptions,
                                          org.axonframework.config.Configuration axon, ConnectionProvider connections,
                                          TransactionManager transactions, EventSchema schema,
                                          @Value("${verme.processing.fetch-size:1000}") int fetchSize) {
        var fieldsOnly = json.copy()
                .setVisibility(PropertyAccessor.FIELD, JsonAutoDetect.Visibility.ANY)
                .setVisibility(PropertyAccessor.GETTER, JsonAutoDetect.Visibility.NONE)
                .setVisibility(PropertyAccessor.IS_GETTER, JsonAutoDetect.Visibility.NONE);
        return JdbcEventStorageEngine.builder()
                .snapshotSerializer(JacksonSerializer.builder().objectMapper(fieldsOnly).build())
                .upcasterChain(axon.upcasterChain())
                .persistenceExceptionResolver(persistenceExceptions)
                .eventSerializer(eventSerializer)
                .snapshotFilter(axon.snapshotFilter())
                .connectionProvider(connections)
                .transactionManager(transactions)
                .schema(schema)
                .batchSize(fetchSize)
                .build();
    }

    /**
     * The event store and bus, as Axon's auto-configuration makes it, except that the streaming processors are woken
     * {@code verme.processing.wake-delay} (20 ms) after a commit, once for the commits of that moment
     * ({@link CoalescingEventStore}).
     */
    @Qualifier("eventStore")
    @Bean(name = "eventBus")
    EmbeddedEventStore eventStore(EventStorageEngine storageEngine, org.axonframework.config.Configuration axon,
                                  @Value("${verme.processing.wake-delay:20ms}") Duration wakeDelay) {
        return new CoalescingEventStore(EmbeddedEventStore.builder()
                .storageEngine(storageEngine)
                .messageMonitor(axon.messageMonitor(EventStore.class, "eventStore"))
                .spanFactory(axon.getComponent(EventBusSpanFactory.class)), wakeDelay);
    }

    /**
     * Tells Axon when an append broke the event store's unique key on aggregate and sequence number,
     * so that it reports a concurrent change (which is retried) rather than a storage failure.
     * PostgreSQL reports it as SQL state 23505, inside the batch exception of the append.
     */
    @Bean
    PersistenceExceptionResolver uniqueKeyViolations() {
        return exception -> {
            for (Throwable cause = exception; cause != null; cause = cause.getCause()) {
                for (var sql = cause instanceof SQLException e ? e : null; sql != null; sql = sql.getNextException()) {
                    if (UNIQUE_VIOLATION.equals(sql.getSQLState())) {
                        return true;
                    }
                }
            }
            return false;
        };
    }

    /**
     * The modules' lookups and policies ({@link InTransaction}), their views ({@link ViewProcessors}) and the notices
     * run in the transaction that appends their events, on the thread of the command, all in one subscribing processor
     * ({@link InTransactionProcessor}). A write commits once, with its events, its lookups, its views and its e-mail
     * in the outbox, and its answer (and any read after it, on any instance) shows it without waiting for a processor
     * to catch up. A handler that fails rolls back the command that caused it, instead of leaving a view silently
     * behind. The views are rebuilt from the events by {@code audit.Replays}, not by a token.
     * <p>What is left streams in tracking processors, one segment each: the audit's event index (the hash chain
     * follows its tokens) and any processing group a module does not declare. A tracking processor waits on the
     * event store's signal, given {@code verme.processing.wake-delay} (20 ms) after a commit, so it follows a write
     * within some tens of milliseconds; up to
     * {@code verme.processing.batch-size} events (100) share one transaction and one token update.
     */
    @Bean
    ConfigurerModule eventProcessing(@Value("${verme.processing.batch-size:100}") int batchSize,
                                     List<InTransaction> lookupsAndPolicies, List<ViewProcessors> views) {
        var inTransaction = new ArrayList<String>();
        for (var kind : InTransaction.Kind.values()) {
            lookupsAndPolicies.stream().filter(declared -> declared.kind() == kind)
                    .forEach(declared -> inTransaction.addAll(declared.groups()));
        }
        views.forEach(declared -> inTransaction.addAll(declared.names()));
        inTransaction.add(NOTICES);
        return configurer -> {
            var processing = configurer.eventProcessing()
                    .usingTrackingEventProcessors()
                    .registerTrackingEventProcessorConfiguration(config ->
                            TrackingEventProcessorConfiguration.forSingleThreadedProcessing().andInitialSegmentsCount(1)
                                    .andBatchSize(batchSize))
                    .registerDefaultListenerInvocationErrorHandler(config -> PropagatingErrorHandler.instance());
            inTransaction.forEach(group -> processing.assignProcessingGroup(group, InTransactionProcessor.NAME));
            processing.registerEventProcessor(InTransactionProcessor.NAME, (name, axon, handlers) ->
                    InTransactionProcessor.build(name, axon, handlers, List.copyOf(inTransaction)));
        };
    }

    /**
     * Snapshots for the aggregates whose history keeps growing through a year (a programme year's
     * claims and payments, a group's calendar with every version of its minutes): after every
     * {@code verme.snapshots.every} events (100) the aggregate's state is stored in
     * {@code snapshot_event_entry}, and a command loads that and only the events after it. Snapshots are
     * a cache: the events stay the record, and a snapshot that no longer reads is skipped.
     */
    @Bean
    SnapshotTriggerDefinition longHistorySnapshots(Snapshotter snapshotter,
                                                   @Value("${verme.snapshots.every:100}") int every) {
        return new EventCountSnapshotTriggerDefinition(snapshotter, every);
    }

    /**
     * Axon's own origin data under names that leave {@code correlationId} to the request: each
     * message names the message that caused it ({@code causationId}) and the root of the chain
     * ({@code traceId}).
     */
    @Bean
    CorrelationDataProvider messageOrigin() {
        return new MessageOriginProvider("causationId", "traceId");
    }

    @Bean
    CorrelationDataProvider propagatedRequestMetadata() {
        return new SimpleCorrelationDataProvider(PROPAGATED_METADATA);
    }
}
