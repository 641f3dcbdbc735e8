package fi.verme.compensation.api;

/**
 * Whom an amount is owed to. {@code id} is the mentor's id ({@link PayeeKind#MENTOR}), the person's id in the
 * register ({@link PayeeKind#PERSON}), or the employer's name ({@link PayeeKind#EMPLOYER}): an organisation's
 * name, never a person's, so that events carry no personal data.
 *
 * @param kind who is paid: a mentor, a person in the register, or an employer
 * @param id the mentor's id, the person's id in the register, or the employer's name
 */
public record Payee(PayeeKind kind, String id) {

    public static Payee mentor(String mentorId) {
        return new Payee(PayeeKind.MENTOR, mentorId);
    }

    public static Payee person(String personId) {
        return new Payee(PayeeKind.PERSON, personId);
    }

    public static Payee employer(String name) {
        return new Payee(PayeeKind.EMPLOYER, name);
    }

    /** Two payees are one when they are of one kind and their ids agree, employers' names ignoring case and spaces. */
    public boolean sameAs(Payee other) {
        return other != null && kind == other.kind && key().equals(other.key());
    }

    private String key() {
        return id == null ? "" : id.strip().replaceAll("\\s+", " ").toLowerCase(java.util.Locale.ROOT);
    }
}
