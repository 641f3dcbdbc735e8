/**
 * Enrolment module: the read models people look at (the roster of enrolments and its summary), built by
 * tracking processors from the events, rebuildable from the first event.
 */
package fi.verme.enrolment.views;
