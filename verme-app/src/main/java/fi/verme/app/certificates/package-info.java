/** Participation certificates: the facts asked from the modules, rendered as PDF, checkable by their code. */
package fi.verme.app.certificates;
