/** Groups module: HTTP controllers that map requests to the module's commands and queries, and its problems. */
package fi.verme.groups.web;
