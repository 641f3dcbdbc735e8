package fi.verme.compensation.api;

import fi.verme.shared.ProgrammeYear;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.axonframework.serialization.Revision;

@Revision("1")
public record OrganisingHoursClaimed(String claimId, ProgrammeYear programmeYear, String mentorId, BigDecimal hours,
                                     LocalDate date, String description) {
}
