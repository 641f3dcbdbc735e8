/**
 * The codes every screen chooses from (roles, themes' kinds, reasons, statuses), served from the modules'
 * own enums so that the UI never keeps a copy; their labels are the UI's texts in three languages.
 */
package fi.verme.app.vocabulary;
