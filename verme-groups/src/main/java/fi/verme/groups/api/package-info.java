/**
 * Groups module's published contract: mentors, groups and their members, placement proposals;
 * commands, events, queries and views (records), and the named errors of the rules.
 */
package fi.verme.groups.api;
