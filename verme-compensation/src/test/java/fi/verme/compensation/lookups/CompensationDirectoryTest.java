package fi.verme.compensation.lookups;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import fi.verme.compensation.api.CompensationRulesSet;
import fi.verme.compensation.api.FindClaimYear;
import fi.verme.compensation.api.FindPeriodYear;
import fi.verme.compensation.api.LineKind;
import fi.verme.compensation.api.OrganisingHoursClaimed;
import fi.verme.compensation.api.PaymentPeriodApproved;
import fi.verme.compensation.api.Preset;
import fi.verme.compensation.domain.Presets;
import fi.verme.enrolment.api.CareerStage;
import fi.verme.enrolment.api.EnrolmentSubmitted;
import fi.verme.enrolment.api.Role;
import fi.verme.groups.api.GroupFormed;
import fi.verme.groups.api.GroupMentor;
import fi.verme.groups.api.MentorRegistered;
import fi.verme.shared.ProgrammeYear;
import fi.verme.shared.testing.ModuleDatabase;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Feeds events to the directory the compensation rules consult, on a real PostgreSQL, and asks it back. */
class CompensationDirectoryTest {

    @RegisterExtension
    static final ModuleDatabase DATABASE = ModuleDatabase.of("compensation");

    static final Instant NOW = Instant.parse("2026-10-01T10:00:00Z");

    private final ProgrammeYear year = new ProgrammeYear("directory-" + UUID.randomUUID().toString().substring(0, 8),
            "2026-2027");
    private final String mentor = year.organiser() + "-mentor";
    private final String group = year.organiser() + "-group";
    private CompensationDirectory directory;

    @BeforeEach
    void setUp() {
        directory = new CompensationDirectory(DATABASE.jdbc(), new ObjectMapper().registerModule(new JavaTimeModule()));
    }

    @Test
    void keepsTheRulesInForceWithTheirVersion() throws Exception {
        assertThat(directory.rulesInForce(year)).isEmpty();
        var seinajoki = Presets.of(Preset.SEINAJOKI).toBuilder().hourlyFee(new BigDecimal("50.00")).build();
        directory.on(new CompensationRulesSet(year, 1, Presets.of(Preset.SEINAJOKI)));
        directory.on(new CompensationRulesSet(year, 2, seinajoki));
        var inForce = directory.rulesInForce(year).orElseThrow();
        assertThat(inForce.version()).isEqualTo(2);
        assertThat(inForce.rules()).isEqualTo(seinajoki);
        assertThat(directory.rules(year)).contains(seinajoki);
    }

    @Test
    void knowsMentorsAndTheGroupsTheyLead() {
        directory.on(new MentorRegistered(mentor, "person-1", "Seinäjoen kaupunki", 2015, "Verme", NOW,
                year.organiser()));
        directory.on(new GroupFormed(group, year, "UUDET", "Uudet", List.of(new GroupMentor(mentor, "person-1")), 4,
                8, "Kasperi", false, null, NOW));
        assertThat(directory.mentorExists(mentor)).isTrue();
        assertThat(directory.mentorExists("someone-else")).isFalse();
        assertThat(directory.organiserOfMentor(mentor)).contains(year.organiser());
        assertThat(directory.leadsGroup(mentor, group)).isTrue();
        assertThat(directory.leadsGroupIn(mentor, year)).isTrue();
        assertThat(directory.leadsGroupIn(mentor, new ProgrammeYear(year.organiser(), "2027-2028"))).isFalse();
        assertThat(directory.yearOfGroup(group)).contains(year);
    }

    @Test
    void knowsTheProgrammeYearOfEachClaimAndPeriod() {
        directory.on(new OrganisingHoursClaimed(year.organiser() + "-c1", year, mentor, BigDecimal.ONE,
                LocalDate.of(2026, 10, 1), "Suunnittelu"));
        directory.on(new PaymentPeriodApproved(year.organiser() + "-p1", year, "2026-10", List.of(
                new PaymentPeriodApproved.ApprovedLine("planning", mentor, LineKind.PLANNING_FEE,
                        new BigDecimal("150.00"), new BigDecimal("3.00"), false)), new BigDecimal("150.00"), NOW));
        assertThat(directory.yearOfClaim(new FindClaimYear(year.organiser() + "-c1"))).contains(year);
        assertThat(directory.yearOfPeriod(new FindPeriodYear(year.organiser() + "-p1"))).contains(year);
        assertThat(directory.yearOfClaim(new FindClaimYear("no-such-claim"))).isEmpty();
    }

    @Test
    void knowsTheEmployerOfEachPersonEnrolledInTheYear() {
        var person = year.organiser() + "-person";
        directory.on(new EnrolmentSubmitted(year.organiser() + "-e1", person, year, Role.TEACHER, "Opelixin kunta",
                "Koulu", CareerStage.NEW, List.of(), List.of(), true, NOW, null));
        assertThat(directory.employerOfParticipant(person, year)).contains("Opelixin kunta");
        assertThat(directory.employerOfParticipant(person, new ProgrammeYear(year.organiser(), "2027-2028"))).isEmpty();
        assertThat(directory.employerOfParticipant("someone-else", year)).isEmpty();
    }
}
