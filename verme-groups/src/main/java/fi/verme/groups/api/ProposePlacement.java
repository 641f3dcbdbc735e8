package fi.verme.groups.api;

import fi.verme.enrolment.api.ProgrammeYear;

public record ProposePlacement(String proposalId, ProgrammeYear programmeYear) {
}
