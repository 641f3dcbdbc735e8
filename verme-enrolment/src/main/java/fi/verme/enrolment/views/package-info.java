/**
 * Enrolment module: the read models people look at (the roster of enrolments and its summary), kept from the
 * events in the transaction that appends them (declared in {@code EnrolmentViews}), rebuildable from the first
 * event.
 */
package fi.verme.enrolment.views;
