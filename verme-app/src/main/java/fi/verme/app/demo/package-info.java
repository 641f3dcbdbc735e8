/**
 * The demo year and the national-scale generator: started only at start-up, by Spring, when enabled; no
 * other room depends on them (ArchitectureTest). They act through the same commands as people do.
 */
package fi.verme.app.demo;
