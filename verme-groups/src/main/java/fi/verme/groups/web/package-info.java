/**
 * Groups module: HTTP controllers that map requests to the module's commands and queries. Their refusals
 * become problems in verme-app's one mapping, with texts in {@code messages/groups_{fi,sv,en}.properties}.
 */
package fi.verme.groups.web;
