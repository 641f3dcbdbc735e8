/**
 * Meetings module: a group's calendar (the aggregate that keeps its hours under the cap), the
 * programme year's hours rule, and the ports through which their rules consult current facts.
 * No Spring, no JDBC.
 */
package fi.verme.meetings.domain;
