/**
 * Meetings module: Controllers mapping HTTP to the api records and back.
 * Filled in by its own issue; until then the package holds only this description.
 */
package fi.verme.meetings.web;
