/**
 * Enrolment module: Aggregates, value objects and rule sets; no Spring, no JDBC.
 */
package fi.verme.enrolment.domain;
