/**
 * Enrolment module: The module's published contract: commands, events, queries and views (records).
 */
package fi.verme.enrolment.api;
