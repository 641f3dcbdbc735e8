package fi.verme.enrolment.api;

/** A theme on offer in an enrolment call, e.g. {@code K55} "Kokeneet opettajat (yli 55 v.)". */
public record Theme(String code, String name) {
}
