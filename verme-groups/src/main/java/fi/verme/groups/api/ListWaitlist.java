package fi.verme.groups.api;

import fi.verme.enrolment.api.WaitlistReason;
import fi.verme.shared.Listing;
import fi.verme.shared.ProgrammeYear;
import java.util.List;
import java.util.Set;

/**
 * A programme year's waiting list: the people of a theme wish (in any rank) and a reason (each empty set matches
 * all), with the words of the listing in a name, an e-mail address, the employer or the unit, sorted and paged by
 * the listing. Answered with a {@link WaitlistPage}.
 */
public record ListWaitlist(ProgrammeYear programmeYear, Set<String> themes, Set<WaitlistReason> reasons,
                           Listing listing) {

    /** The columns the waiting list sorts by, as its answer names them. */
    public static final List<String> SORTABLE = List.of("submittedAt", "lastName", "firstName", "email", "employer",
            "unit", "themeWishes", "reason");
    /** In order of enrolment: who has waited longest comes first. */
    public static final String DEFAULT_SORT = "submittedAt";

    public ListWaitlist {
        themes = Set.copyOf(themes);
        reasons = Set.copyOf(reasons);
    }

    /** Everyone on the waiting list, in order of enrolment. */
    public ListWaitlist(ProgrammeYear programmeYear) {
        this(programmeYear, Set.of(), Set.of(), Listing.all(DEFAULT_SORT));
    }
}
