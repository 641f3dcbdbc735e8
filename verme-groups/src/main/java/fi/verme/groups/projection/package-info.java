/**
 * Groups module: Read models: tables, event handlers and query handlers.
 * Filled in by its own issue; until then the package holds only this description.
 */
package fi.verme.groups.projection;
