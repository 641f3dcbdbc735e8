/**
 * Enrolment module: Tables of the module: read models, lookups the rules consult, and the person register.
 */
package fi.verme.enrolment.projection;
