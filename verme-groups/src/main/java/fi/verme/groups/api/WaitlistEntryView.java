package fi.verme.groups.api;

import fi.verme.enrolment.api.WaitlistReason;
import java.time.Instant;
import java.util.List;

public record WaitlistEntryView(String enrolmentId, String personId, PersonName name, String employer, String unit,
                                List<String> themeWishes, WaitlistReason reason, Instant submittedAt) {
}
