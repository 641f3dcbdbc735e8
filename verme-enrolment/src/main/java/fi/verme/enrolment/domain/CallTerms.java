package fi.verme.enrolment.domain;

import fi.verme.enrolment.api.Role;
import fi.verme.enrolment.api.Theme;
import fi.verme.shared.ProgrammeYear;
import java.time.LocalDate;
import java.util.List;

/** What an enrolment is checked against: the call of its programme year as it stands now. */
public record CallTerms(
        ProgrammeYear programmeYear,
        List<Theme> themes,
        List<Role> targetRoles,
        LocalDate opensOn,
        LocalDate closesOn,
        LocalDate closedOn) {

    public boolean isOpenOn(LocalDate day) {
        return closedOn == null && !day.isBefore(opensOn) && !day.isAfter(closesOn);
    }

    public boolean hasOpenedBy(LocalDate day) {
        return !day.isBefore(opensOn);
    }

    public List<String> themeCodes() {
        return themes.stream().map(Theme::code).toList();
    }

    public boolean welcomes(Role role) {
        return targetRoles.isEmpty() || targetRoles.contains(role);
    }
}
