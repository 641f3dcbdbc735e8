/**
 * Enrolment module: command handlers that are not aggregates. The person register is a plain table (so
 * that a person can be erased), written in the transaction of the command that needs it; the rule of who
 * a person is ({@link fi.verme.enrolment.domain.PersonRegister}) is in the domain. Files uploaded for import are read
 * here for every module that imports ({@link fi.verme.enrolment.api.ReadImportFile}).
 */
package fi.verme.enrolment.application;
