package fi.verme.app.audit;

import org.axonframework.common.transaction.Transaction;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.config.ConfigurerModule;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The event index's transactions commit without waiting for the disk ({@code synchronous_commit = off} for them
 * alone). What they write, the tags of events and the index's token, is derived from events already stored, and
 * both go in one transaction: should PostgreSQL itself stop before writing them out (within a fraction of a
 * second), it loses the two together, and the index tags those events again from the token it kept. Anything
 * that goes on from the tags and must last, such as the hash chain, commits with its own wait for the disk, which
 * writes out everything committed before it. Otherwise the index's commit after each quiet moment's writes is a
 * second flush of the disk beside theirs: from one client, 1.6 flushes per enrolment instead of 1.0
 * ({@code pg_stat_wal}), while the peer without events needs one.
 */
@Configuration(proxyBeanMethods = false)
class IndexTransactions {

    @Bean
    ConfigurerModule unflushedIndexTransactions(TransactionManager transactions, JdbcTemplate jdbc) {
        return configurer -> configurer.eventProcessing().registerTransactionManager(EventIndex.PROCESSOR,
                axon -> () -> {
                    Transaction transaction = transactions.startTransaction();
                    try {
                        jdbc.execute("set local synchronous_commit = off");
                    } catch (RuntimeException e) {
                        transaction.rollback();
                        throw e;
                    }
                    return transaction;
                });
    }
}
