/** Compensation module: HTTP controllers, the payroll CSV, and the module's problems. */
package fi.verme.compensation.web;
