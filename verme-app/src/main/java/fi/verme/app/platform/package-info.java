/**
 * The platform every room stands on, and which knows none of them: storage (the embedded or external
 * PostgreSQL, Flyway per schema, Axon's JDBC event store) and web plumbing (strict JSON, the one mapping
 * from errors to problem+json in the reader's language, read-your-writes, retries on a concurrent change).
 */
package fi.verme.app.platform;
