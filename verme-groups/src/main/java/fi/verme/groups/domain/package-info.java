/**
 * Groups module: Aggregates, value objects and rule sets; no Spring, no JDBC.
 * Filled in by its own issue; until then the package holds only this description.
 */
package fi.verme.groups.domain;
