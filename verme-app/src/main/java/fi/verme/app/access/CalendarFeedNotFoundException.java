package fi.verme.app.access;

import fi.verme.shared.ProblemType;
import fi.verme.shared.Refusal;

/** No calendar feed has this address: it was never made, or was renewed or erased. Says nothing more. */
@ProblemType(value = "calendar-feed-not-found", kind = Refusal.Kind.NOT_FOUND)
class CalendarFeedNotFoundException extends Refusal {

    CalendarFeedNotFoundException() {
        super("No calendar feed has this address; it may have been renewed");
    }
}
