package fi.verme.compensation.api;

/** Rules from the seed documents; the amounts in euros are left for the organiser to fill in. */
public enum Preset {
    /** Planning fee 3 h, organising up to 3 h, 1 h per held meeting, 4 meetings = 1 VESO day, substitutes. */
    SEINAJOKI,
    /** Continuing education for all staff; coffee and other arrangements reimbursed up to a budget per group. */
    GRADIA_JYVASKYLA,
    /** Free for participants; employers book meeting hours as salary cost, and travel costs. */
    OPELIX
}
