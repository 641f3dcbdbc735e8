/**
 * The organisers of the installation (cities, education providers): their register, kept by the installation's
 * admins as configuration in a plain table (not a stream of domain events), with official names in Finnish
 * and Swedish (and English), business ID, contact address, default language and identity provider; and the
 * names people read instead of a slug wherever a programme year is shown (Organisers.title).
 */
package fi.verme.app.organisers;
