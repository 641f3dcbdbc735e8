package fi.verme.compensation.api;

import fi.verme.shared.ProgrammeYear;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.axonframework.serialization.Revision;

/**
 * A mentor, a coordinator or finance claimed a mentor's organising hours (the work of organising beyond the group's
 * meetings); they are owed once approved, within the year's cap of organising hours per mentor.
 *
 * @param claimId the claim's id
 * @param programmeYear the programme year whose organiser pays
 * @param mentorId the mentor who did the work
 * @param hours how many hours, more than 0, at most two decimals
 * @param date the day of the work
 * @param description what the work was, as the claimer wrote it; by rule it names no one
 */
@Revision("1")
public record OrganisingHoursClaimed(String claimId, ProgrammeYear programmeYear, String mentorId, BigDecimal hours,
                                     LocalDate date, String description) {
}
