package fi.verme.groups.web;

/** The id of what a POST created; its address is in the {@code Location} header. */
record Created(String id) {
}
