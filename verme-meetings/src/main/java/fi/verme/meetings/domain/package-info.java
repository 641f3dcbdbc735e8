/**
 * Meetings module: a group's calendar (the aggregate that keeps its hours under the cap), the
 * programme year's hours rule, who of a joint meeting counts in which group, who may read the
 * minutes, and the ports through which these rules consult current facts. No Spring, no JDBC.
 */
package fi.verme.meetings.domain;
