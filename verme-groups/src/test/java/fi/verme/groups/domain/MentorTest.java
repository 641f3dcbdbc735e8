package fi.verme.groups.domain;

import fi.verme.groups.api.ChangeMentorDetails;
import fi.verme.groups.api.GroupSizeRuleSet;
import fi.verme.groups.api.MentorAlreadyRegisteredException;
import fi.verme.groups.api.MentorDetailsChanged;
import fi.verme.groups.api.MentorRegistered;
import fi.verme.groups.api.RegisterMentor;
import fi.verme.groups.api.SetGroupSizeRule;
import fi.verme.shared.InvalidInputException;
import fi.verme.shared.ProgrammeYear;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Mentors, and a programme year's group size rule. */
class MentorTest {

    static final Instant NOW = Instant.parse("2026-09-01T09:00:00Z");

    private AggregateTestFixture<Mentor> mentors;
    private AggregateTestFixture<ProgrammeRules> rules;
    private final Map<String, String> mentorOfPerson = new HashMap<>();

    @BeforeEach
    void setUp() {
        mentors = new AggregateTestFixture<>(Mentor.class);
        mentors.registerInjectableResource(new MentorDirectory() {
            @Override
            public Optional<String> personOf(String mentorId) {
                return Optional.empty();
            }

            @Override
            public Optional<String> mentorOf(String personId) {
                return Optional.ofNullable(mentorOfPerson.get(personId));
            }
        });
        mentors.registerInjectableResource(Clock.fixed(NOW, ZoneId.of("Europe/Helsinki")));
        rules = new AggregateTestFixture<>(ProgrammeRules.class);
    }

    @Test
    void registersMentor() {
        mentors.givenNoPriorActivity()
                .when(new RegisterMentor("mentor-1", "person-1", "Tampereen kaupunki", 2018, "Osake", "tampere"))
                .expectEvents(new MentorRegistered("mentor-1", "person-1", "Tampereen kaupunki", 2018, "Osake", NOW,
                        "tampere"));
    }

    @Test
    void rejectsRegisteringTheSamePersonTwice() {
        mentorOfPerson.put("person-1", "mentor-0");
        mentors.givenNoPriorActivity()
                .when(new RegisterMentor("mentor-1", "person-1", "Tampereen kaupunki", 2018, "Osake", "tampere"))
                .expectException(MentorAlreadyRegisteredException.class)
                .expectNoEvents();
    }

    @Test
    void rejectsTrainingYearBeforeVermeExisted() {
        mentors.givenNoPriorActivity()
                .when(new RegisterMentor("mentor-1", "person-1", "Tampereen kaupunki", 2003, "Osake", "tampere"))
                .expectException(InvalidInputException.class)
                .expectNoEvents();
    }

    @Test
    void rejectsRegisteringMentorWithoutOrganiser() {
        mentors.givenNoPriorActivity()
                .when(new RegisterMentor("mentor-1", "person-1", "Tampereen kaupunki", 2018, "Osake", null))
                .expectException(InvalidInputException.class)
                .expectNoEvents();
    }

    @Test
    void changesMentorDetails() {
        mentors.given(new MentorRegistered("mentor-1", "person-1", "Tampereen kaupunki", 2018, "Osake", NOW, "tampere"))
                .when(new ChangeMentorDetails("mentor-1", "Gradia", 2019, "Jyväskylän yliopisto"))
                .expectEvents(new MentorDetailsChanged("mentor-1", "Gradia", 2019, "Jyväskylän yliopisto"));
    }

    @Test
    void setsGroupSizeRule() {
        var year = new ProgrammeYear("opelix", "2026-2027");
        rules.givenNoPriorActivity()
                .when(new SetGroupSizeRule(year, 5, 9))
                .expectEvents(new GroupSizeRuleSet(year, 5, 9));
    }

    @Test
    void rejectsGroupSizeRuleOfOne() {
        rules.givenNoPriorActivity()
                .when(new SetGroupSizeRule(new ProgrammeYear("opelix", "2026-2027"), 1, 9))
                .expectException(InvalidInputException.class)
                .expectNoEvents();
    }
}
