package fi.verme.app.notices;

import java.util.Arrays;
import java.util.Optional;

/**
 * The kinds of notice Verme sends, by the name the outbox and the templates know them by. A person may turn off
 * any kind but the required ones: the receipt of their enrolment, which carries what the law requires them to be
 * told when their data is collected (the controller, the purpose, their rights: GDPR article 13) and their personal
 * link, the decisions on their enrolment (placed in a group, or on the waiting list), and what keeps their address
 * theirs (the link confirming a new address, and the word to the old one that it was changed).
 */
public enum NoticeKind {
    ENROLMENT_RECEIVED("enrolment-received", true),
    PLACED("placed", true),
    WAITLISTED("waitlisted", true),
    CONTACT_CONFIRMATION("contact-confirmation", true),
    CONTACT_CHANGED("contact-changed", true),
    MEETING_SCHEDULED("meeting-scheduled", false),
    MEETING_CHANGED("meeting-changed", false),
    MEETING_CANCELLED("meeting-cancelled", false),
    MEETING_REMINDER("meeting-reminder", false),
    RECORD_REMINDER("record-reminder", false),
    SURVEY_OPEN("survey-open", false),
    SURVEY_REMINDER("survey-reminder", false),
    WEEKLY_DIGEST("weekly-digest", false);

    private final String code;
    private final boolean required;

    NoticeKind(String code, boolean required) {
        this.code = code;
        this.required = required;
    }

    /** The name of the kind in the outbox, the templates and the API. */
    public String code() {
        return code;
    }

    /** Sent whatever the person chose: it cannot be turned off. */
    public boolean required() {
        return required;
    }

    static Optional<NoticeKind> of(String code) {
        return Arrays.stream(values()).filter(kind -> kind.code.equals(code)).findFirst();
    }
}
