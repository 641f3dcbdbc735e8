/** Compensation module: HTTP controllers and the payroll CSV; they map HTTP to the module's api and back. */
package fi.verme.compensation.web;
