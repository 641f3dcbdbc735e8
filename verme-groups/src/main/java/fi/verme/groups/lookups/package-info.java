/**
 * Groups module: the lookups that the rules consult (programme terms, registered mentors, candidates and
 * memberships, defined surveys), each kept by a subscribing processor in the transaction that appends its
 * events and implementing a port of {@code domain}. The views may read their tables.
 */
package fi.verme.groups.lookups;
