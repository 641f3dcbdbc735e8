package fi.verme.groups.api;

import fi.verme.shared.ProgrammeYear;

public record ProposePlacement(String proposalId, ProgrammeYear programmeYear) {
}
