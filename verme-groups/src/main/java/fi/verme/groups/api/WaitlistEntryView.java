package fi.verme.groups.api;

import fi.verme.enrolment.api.WaitlistReason;
import java.time.Instant;
import java.util.List;

/** Someone on the waiting list; {@code email} is null, and the name erased, once the person is erased. */
public record WaitlistEntryView(String enrolmentId, String personId, PersonName name, String email, String employer,
                                String unit, List<String> themeWishes, WaitlistReason reason, Instant submittedAt) {
}
