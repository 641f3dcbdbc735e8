/**
 * Where the events and the tables live: the database (embedded by default, external in production), one
 * Flyway history per module schema, and Axon's JDBC event store, token store and snapshots in snake_case tables.
 */
package fi.verme.app.platform.storage;
