package fi.verme.app.notices;

import fi.verme.enrolment.api.ProgrammeYear;
import java.util.List;
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

    /** {@code programme}: {@code organiser/schoolYear}; {@code status}: PENDING, SENT or FAILED. */
    @GetMapping("/api/admin/outbox")
    List<Outbox.Message> outbox(@RequestParam String programme, @RequestParam(required = false) String status) {
        return outbox.list(ProgrammeYear.fromId(programme).id(), status);
    }
}
