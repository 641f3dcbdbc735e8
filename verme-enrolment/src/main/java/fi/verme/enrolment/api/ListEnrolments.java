package fi.verme.enrolment.api;

import fi.verme.shared.Listing;
import fi.verme.shared.ProgrammeYear;
import java.util.List;
import java.util.Set;

/**
 * The coordinator's roster: the enrolments of a theme wish (in any rank), a status, a role and a career
 * stage (each empty set matches all; several values match any of them), with the words of the listing in
 * a name, an e-mail address, the employer or the unit, sorted and paged by the listing. Answered with an
 * {@link EnrolmentPage}.
 */
public record ListEnrolments(ProgrammeYear programmeYear, Set<String> themes, Set<EnrolmentStatus> statuses,
                             Set<Role> roles, Set<CareerStage> careerStages, Listing listing) {

    /** The columns a roster sorts by, as its answer names them. */
    public static final List<String> SORTABLE = List.of("submittedAt", "lastName", "firstName", "email", "employer",
            "unit", "role", "careerStage", "themeWishes", "status");
    /** In order of enrolment, as the roster was always listed. */
    public static final String DEFAULT_SORT = "submittedAt";

    public ListEnrolments {
        themes = Set.copyOf(themes);
        statuses = Set.copyOf(statuses);
        roles = Set.copyOf(roles);
        careerStages = Set.copyOf(careerStages);
    }

    /** Every enrolment of a theme, a status and a role (each null for all), in order of enrolment. */
    public ListEnrolments(ProgrammeYear programmeYear, String theme, EnrolmentStatus status, Role role) {
        this(programmeYear, theme == null ? Set.of() : Set.of(theme), status == null ? Set.of() : Set.of(status),
                role == null ? Set.of() : Set.of(role), Set.of(), Listing.all(DEFAULT_SORT));
    }
}
