/**
 * Compensation module: The module's published contract: commands, events, queries and views (records).
 * Filled in by its own issue; until then the package holds only this description.
 */
package fi.verme.compensation.api;
