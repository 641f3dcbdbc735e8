/** Erasing a person wherever their data is kept: the register, the enrolments' details, stored answers, accounts. */
package fi.verme.app.erasure;
