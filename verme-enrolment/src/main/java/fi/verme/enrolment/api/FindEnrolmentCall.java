package fi.verme.enrolment.api;

import fi.verme.shared.ProgrammeYear;
public record FindEnrolmentCall(ProgrammeYear programmeYear) {
}
