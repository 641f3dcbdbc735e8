package fi.verme.enrolment.views;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import fi.verme.enrolment.api.AvailabilitySlot;
import fi.verme.enrolment.api.CareerStage;
import fi.verme.enrolment.api.ContactDetails;
import fi.verme.enrolment.api.EnrolmentCallOpened;
import fi.verme.enrolment.api.EnrolmentStatus;
import fi.verme.enrolment.api.EnrolmentSubmitted;
import fi.verme.enrolment.api.EnrolmentView;
import fi.verme.enrolment.api.EnrolmentSummaryView.ThemeDemand;
import fi.verme.enrolment.api.EnrolmentWithdrawn;
import fi.verme.enrolment.api.FindEnrolment;
import fi.verme.enrolment.api.FindEnrolmentSummary;
import fi.verme.enrolment.api.ListEnrolments;
import fi.verme.enrolment.api.Role;
import fi.verme.enrolment.api.Theme;
import fi.verme.enrolment.api.WithdrawalReason;
import fi.verme.enrolment.application.JdbcPersonRegister;
import fi.verme.enrolment.lookups.EnrolmentCallTerms;
import fi.verme.shared.Listing;
import fi.verme.shared.ProgrammeYear;
import fi.verme.shared.testing.ModuleDatabase;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.jdbc.core.JdbcTemplate;

/** Feeds events to the roster on a real PostgreSQL and reads the views back. */
class EnrolmentRosterTest {

    @RegisterExtension
    static final ModuleDatabase DATABASE = ModuleDatabase.of("enrolment");

    private JdbcTemplate jdbc;

    private final ProgrammeYear year = new ProgrammeYear("roster-" + UUID.randomUUID().toString().substring(0, 8),
            "2026-2027");
    private EnrolmentRoster roster;
    private JdbcPersonRegister register;

    @BeforeEach
    void setUp() throws Exception {
        jdbc = DATABASE.jdbc();
        var json = new ObjectMapper().registerModule(new JavaTimeModule());
        var calls = new EnrolmentCallTerms(jdbc, json, Clock.systemUTC());
        calls.on(new EnrolmentCallOpened(year, List.of(new Theme("UUDET", "Uudet opettajat"),
                new Theme("K55", "Kokeneet"), new Theme("ERITYIS", "Erityisopetus")), List.of(),
                LocalDate.of(2026, 8, 15), LocalDate.of(2026, 9, 15)));
        roster = new EnrolmentRoster(jdbc, calls);
        register = new JdbcPersonRegister(jdbc, null, Clock.systemUTC(), null);
    }

    private EnrolmentSubmitted submitted(String id, String personId, Role role, List<String> wishes) {
        return new EnrolmentSubmitted(id, personId, year, role, "Seinäjoen kaupunki", "Joupin koulu",
                CareerStage.EXPERIENCED, wishes, List.of(AvailabilitySlot.TUESDAY_EVENING), true,
                Instant.parse("2026-09-01T10:00:00Z").plusSeconds(id.hashCode() % 100), null);
    }

    /** Each test has its own programme year, so a name plus the organiser is a unique e-mail. */
    private String person(String first) {
        return person(first, first.toLowerCase() + "-" + year.organiser() + "@example.fi");
    }

    private String person(String first, String email) {
        return register.register(new ContactDetails(first, "Mäkelä", email, null), UUID.randomUUID().toString());
    }

    @Test
    void anEnrolmentFormNeverChangesARegisteredPersonsDetails() {
        var email = "anneli-" + year.organiser() + "@example.fi";
        var anneli = register.register(new ContactDetails("Anneli", "Kangas", email, "040 111 2222"),
                UUID.randomUUID().toString());

        var linked = register.enrol("enrolment-x", new ContactDetails("Hakkeri", "Huijari", email.toUpperCase(),
                "050 999 9999"), UUID.randomUUID().toString());
        roster.on(submitted("enrolment-x", linked, Role.TEACHER, List.of("UUDET")));

        assertThat(linked).isEqualTo(anneli);
        assertThat(jdbc.queryForMap("select first_name, last_name, phone from enrolment.person where person_id = ?",
                anneli)).containsEntry("first_name", "Anneli").containsEntry("last_name", "Kangas")
                .containsEntry("phone", "040 111 2222");
        var enrolment = roster.find(new FindEnrolment("enrolment-x")).orElseThrow();
        assertThat(enrolment.person()).isEqualTo(new ContactDetails("Hakkeri", "Huijari", email.toUpperCase(),
                "050 999 9999"));
    }

    @Test
    void anEnrolmentFormRegistersAnUnknownAddressWithItsDetails() {
        var candidate = UUID.randomUUID().toString();
        var email = "uusi-" + year.organiser() + "@example.fi";
        var person = register.enrol("enrolment-y", new ContactDetails("Uusi", "Henkilö", email, null), candidate);

        assertThat(person).isEqualTo(candidate);
        assertThat(jdbc.queryForObject("select first_name from enrolment.person where person_id = ?", String.class,
                person)).isEqualTo("Uusi");
    }

    @Test
    void listsEnrolmentsWithContactDetailsAndFilters() {
        var aino = person("Aino");
        var päivi = person("Päivi");
        roster.on(submitted("e1", aino, Role.TEACHER, List.of("UUDET", "K55")));
        roster.on(submitted("e2", päivi, Role.SCHOOL_ASSISTANT, List.of("ERITYIS")));

        var all = roster.list(new ListEnrolments(year, null, null, null)).enrolments();
        assertThat(all).extracting(view -> view.person().firstName()).containsExactlyInAnyOrder("Aino", "Päivi");
        assertThat(roster.list(new ListEnrolments(year, "K55", null, null)).enrolments())
                .extracting(view -> view.enrolmentId()).containsExactly("e1");
        assertThat(roster.list(new ListEnrolments(year, null, null, Role.SCHOOL_ASSISTANT)).enrolments())
                .extracting(view -> view.enrolmentId()).containsExactly("e2");
        assertThat(roster.find(new FindEnrolment("e1")).orElseThrow().themeWishes()).containsExactly("UUDET", "K55");
    }

    @Test
    void searchesFoldedWordsSortsByThemeNameAndPages() {
        roster.on(submitted("s1", person("Åsa"), Role.TEACHER, List.of("UUDET")));
        roster.on(submitted("s2", person("Päivi"), Role.SCHOOL_ASSISTANT, List.of("ERITYIS")));
        roster.on(submitted("s3", person("Oona"), Role.TEACHER, List.of("K55")));
        var bySearch = (java.util.function.Function<String, List<String>>) q -> roster.list(new ListEnrolments(year,
                Set.of(), Set.of(), Set.of(), Set.of(), Listing.of(q, null, null, null, ListEnrolments.SORTABLE,
                ListEnrolments.DEFAULT_SORT))).enrolments().stream().map(EnrolmentView::enrolmentId).toList();

        // Without accents and in any case, every word somewhere in the name, e-mail, employer or unit.
        assertThat(bySearch.apply("PAIVI makela")).containsExactly("s2");
        assertThat(bySearch.apply("asa")).containsExactly("s1");
        assertThat(bySearch.apply("joupin seinäjoen")).hasSize(3);
        assertThat(bySearch.apply("päivi oona")).isEmpty();

        // Theme wishes sort by the first wish's name: Erityisopetus, Kokeneet, Uudet opettajat.
        var byTheme = roster.list(new ListEnrolments(year, Set.of(), Set.of(), Set.of(), Set.of(),
                Listing.of(null, "themeWishes,desc", 1, 2, ListEnrolments.SORTABLE, ListEnrolments.DEFAULT_SORT)));
        assertThat(byTheme.total()).isEqualTo(3);
        assertThat(byTheme.enrolments()).extracting(EnrolmentView::enrolmentId).containsExactly("s1", "s3");
        var secondPage = roster.list(new ListEnrolments(year, Set.of(), Set.of(), Set.of(), Set.of(),
                Listing.of(null, "themeWishes,desc", 2, 2, ListEnrolments.SORTABLE, ListEnrolments.DEFAULT_SORT)));
        assertThat(secondPage.enrolments()).extracting(EnrolmentView::enrolmentId).containsExactly("s2");
    }

    @Test
    void theDatabaseKeepsSearchedTextFoldedAsListingFoldsTheWords() {
        var half = Listing.FOLD_FROM.length() / 2;
        var first = Listing.FOLD_FROM.substring(0, half) + "ABC";
        var last = Listing.FOLD_FROM.substring(half) + "xyz";
        var email = "Ö.Åkerblom@Example.FI";
        var personId = register.register(new ContactDetails(first, last, email, null), UUID.randomUUID().toString());
        assertThat(jdbc.queryForObject("select search_text from enrolment.person where person_id = ?", String.class,
                personId)).isEqualTo(Listing.fold(first + " " + last + " " + email));
        roster.on(new EnrolmentSubmitted("f1", personId, year, Role.TEACHER, first, last, CareerStage.NEW,
                List.of("UUDET"), List.of(AvailabilitySlot.TUESDAY_EVENING), true, Instant.parse("2026-09-01T10:00:00Z"),
                null));
        assertThat(jdbc.queryForObject("select search_text from enrolment.roster_entry where enrolment_id = 'f1'",
                String.class)).isEqualTo(Listing.fold(first + " " + last));
        assertThat(Listing.fold(Listing.FOLD_FROM)).isEqualTo(Listing.FOLD_TO).matches("[a-z]+");
    }

    /** Found by an outsider: a name typed decomposed (NFD) was found by no spelling but its own. */
    @Test
    void aNameTypedDecomposedIsFoundAsWhenTypedComposed() {
        var decomposed = java.text.Normalizer.normalize("Ämmälä", java.text.Normalizer.Form.NFD);
        assertThat(decomposed).hasSize(9);
        var personId = register.register(new ContactDetails("Åsa", decomposed, "asa.nfd@example.fi", null),
                UUID.randomUUID().toString());
        roster.on(new EnrolmentSubmitted("nfd", personId, year, Role.TEACHER, "Åsa", decomposed, CareerStage.NEW,
                List.of("UUDET"), List.of(AvailabilitySlot.TUESDAY_EVENING), true, Instant.parse("2026-09-01T10:00:00Z"),
                null));
        for (var words : List.of("ammala", "Ämmälä", "AMMALA", "ämmä", decomposed)) {
            var found = roster.list(new ListEnrolments(year, Set.of(), Set.of(), Set.of(), Set.of(),
                    Listing.of(words, null, null, null, ListEnrolments.SORTABLE, ListEnrolments.DEFAULT_SORT)));
            assertThat(found.enrolments()).as(words).extracting(EnrolmentView::enrolmentId).containsExactly("nfd");
        }
        // Sorted by surname, the decomposed "Ämmälä" comes between "Zetterberg" and the composed "Öhman", not first
        // among the A's as its first letter's bytes would put it.
        for (var surname : List.of("Aalto", "Zetterberg", "Öhman")) {
            var other = register.register(new ContactDetails("Eeva", surname, surname.toLowerCase() + ".nfd@example.fi",
                    null), UUID.randomUUID().toString());
            roster.on(new EnrolmentSubmitted("nfd-" + surname, other, year, Role.TEACHER, "Eeva", surname,
                    CareerStage.NEW, List.of("UUDET"), List.of(AvailabilitySlot.TUESDAY_EVENING), true,
                    Instant.parse("2026-09-01T10:00:00Z"), null));
        }
        var sorted = roster.list(new ListEnrolments(year, Set.of(), Set.of(), Set.of(), Set.of(),
                Listing.of(null, "lastName", null, null, ListEnrolments.SORTABLE, ListEnrolments.DEFAULT_SORT)));
        assertThat(sorted.enrolments()).extracting(EnrolmentView::enrolmentId)
                .containsSubsequence("nfd-Aalto", "nfd-Zetterberg", "nfd", "nfd-Öhman");
    }

    @Test
    void withdrawalShowsInStatusAndLeavesThemeDemand() {
        var aino = person("Aino");
        var päivi = person("Päivi");
        roster.on(submitted("w1", aino, Role.TEACHER, List.of("UUDET", "K55")));
        roster.on(submitted("w2", päivi, Role.TEACHER, List.of("K55")));
        var withdrawn = new EnrolmentWithdrawn("w1", aino, year, WithdrawalReason.SCHEDULE,
                Instant.parse("2026-09-05T10:00:00Z"));
        roster.on(withdrawn);
        roster.on(withdrawn);

        assertThat(roster.list(new ListEnrolments(year, null, EnrolmentStatus.WITHDRAWN, null)).enrolments())
                .extracting(view -> view.enrolmentId()).containsExactly("w1");
        var summary = roster.summarise(new FindEnrolmentSummary(year));
        assertThat(summary.total()).isEqualTo(2);
        assertThat(summary.byStatus()).containsEntry(EnrolmentStatus.WITHDRAWN, 1)
                .containsEntry(EnrolmentStatus.SUBMITTED, 1);
        assertThat(summary.themes()).containsExactly(
                new ThemeDemand("UUDET", "Uudet opettajat", 0, 0),
                new ThemeDemand("K55", "Kokeneet", 1, 1),
                new ThemeDemand("ERITYIS", "Erityisopetus", 0, 0));
    }

    @Test
    void replayedEventChangesNothingTwice() {
        var aino = person("Aino");
        var event = submitted("r1", aino, Role.TEACHER, List.of("UUDET"));
        roster.on(event);
        roster.on(event);
        assertThat(roster.list(new ListEnrolments(year, null, null, null)).enrolments()).hasSize(1);
    }

    @Test
    void erasedPersonShowsAsErased() {
        var aino = person("Aino");
        roster.on(submitted("x1", aino, Role.TEACHER, List.of("UUDET")));
        jdbc.update("delete from enrolment.person where person_id = ?", aino);

        var view = roster.find(new FindEnrolment("x1")).orElseThrow();
        assertThat(view.erased()).isTrue();
        assertThat(view.person()).isNull();
        assertThat(view.personId()).isEqualTo(aino);
    }

    @Test
    void registerKnowsAPersonByEmailWhateverTheCase() {
        var first = person("Aino", "Aino.Case-" + year.organiser() + "@Example.fi");
        var again = person("Aino", "aino.case-" + year.organiser() + "@example.FI");
        assertThat(again).isEqualTo(first);
    }
}
