package fi.verme.compensation.api;

/** Who is paid: a mentor (fees, what they paid themself), a person in the register, or an employer. */
public enum PayeeKind {
    MENTOR,
    /** A person in the register: a participant paid back for their travel, or a substitute paid for their day. */
    PERSON,
    /** An organisation: the employer that hired a substitute or paid a receipt. */
    EMPLOYER
}
