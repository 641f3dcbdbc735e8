/**
 * Enrolment module: Controllers mapping HTTP to the api records and back.
 */
package fi.verme.enrolment.web;
