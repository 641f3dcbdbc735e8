package fi.verme.app.notices;

import fi.verme.shared.ProgrammeYear;
import java.util.List;
import java.util.regex.Pattern;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The messages of a programme year, as queued and sent. */
@RestController
class OutboxController {

    private final Outbox outbox;

    OutboxController(Outbox outbox) {
        this.outbox = outbox;
    }

    /**
     * A survey link answers in its holder's name, and the answers are anonymous: whoever reads the outbox
     * (a coordinator, the organiser's admin) must not be able to answer for a member, so its token is not shown.
     */
    private static final Pattern SURVEY_TOKEN = Pattern.compile("((?:kysely|surveys/answers)/)[^/?#\\s]+");

    /** {@code programme}: {@code organiser/schoolYear}; {@code status}: PENDING, SENT or FAILED. */
    @GetMapping("/api/admin/outbox")
    List<Outbox.Message> outbox(@RequestParam String programme, @RequestParam(required = false) String status) {
        return outbox.list(ProgrammeYear.fromId(programme).id(), status).stream()
                .map(message -> new Outbox.Message(message.messageId(), message.programmeYear(), message.kind(),
                        message.recipientEmail(), message.language(), message.subject(), withoutSurveyToken(
                        message.body()), message.attachmentName(), message.status(), message.attempts(),
                        message.lastError(), message.createdAt(), message.sentAt()))
                .toList();
    }

    private static String withoutSurveyToken(String body) {
        return body == null ? null : SURVEY_TOKEN.matcher(body).replaceAll("$1…");
    }
}
