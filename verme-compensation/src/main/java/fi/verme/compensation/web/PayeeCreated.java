package fi.verme.compensation.web;

import fi.verme.compensation.api.Payee;

/** The answer to {@code POST …/payees}: the payee to name in a claim, and the name the register has for them. */
record PayeeCreated(Payee payee, String name) {
}
