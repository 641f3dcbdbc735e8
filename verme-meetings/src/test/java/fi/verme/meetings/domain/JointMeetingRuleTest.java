package fi.verme.meetings.domain;

import fi.verme.meetings.api.JointMeetingLimitsSet;
import fi.verme.meetings.api.SetJointMeetingLimits;
import fi.verme.shared.InvalidInputException;
import fi.verme.shared.ProgrammeYear;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class JointMeetingRuleTest {

    static final ProgrammeYear YEAR = new ProgrammeYear("seinajoki", "2026-2027");

    private AggregateTestFixture<JointMeetingRule> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(JointMeetingRule.class);
    }

    @Test
    void setsTwoKickoffsAndOneClosingForTheYear() {
        fixture.givenNoPriorActivity()
                .when(new SetJointMeetingLimits(YEAR, 2, 1))
                .expectEvents(new JointMeetingLimitsSet(YEAR, 2, 1));
    }

    @Test
    void changesTheLimitsSetBefore() {
        fixture.given(new JointMeetingLimitsSet(YEAR, 2, 1))
                .when(new SetJointMeetingLimits(YEAR, 1, 1))
                .expectEvents(new JointMeetingLimitsSet(YEAR, 1, 1));
    }

    @Test
    void refusesNoKickoffAtAll() {
        fixture.givenNoPriorActivity()
                .when(new SetJointMeetingLimits(YEAR, 0, 1))
                .expectException(InvalidInputException.class)
                .expectNoEvents();
    }

    @Test
    void refusesMoreClosingsThanTen() {
        fixture.givenNoPriorActivity()
                .when(new SetJointMeetingLimits(YEAR, 1, 11))
                .expectException(InvalidInputException.class)
                .expectNoEvents();
    }
}
