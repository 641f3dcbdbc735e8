/**
 * Meetings module: command handlers that are not an aggregate. Each loads what it needs, asks a rule of
 * {@code fi.verme.meetings.domain}, and sends the commands that follow.
 */
package fi.verme.meetings.application;
