/**
 * Groups module: aggregates (mentor, group, a programme year's group rules), the ports through which
 * their rules consult current facts, and the placement optimiser. No Spring, no JDBC.
 */
package fi.verme.groups.domain;
