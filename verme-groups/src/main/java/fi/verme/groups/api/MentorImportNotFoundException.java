package fi.verme.groups.api;

import fi.verme.shared.ProblemType;
import fi.verme.shared.Refusal;

/** No mentor import of this id for the organiser. */
@ProblemType(value = "mentor-import-not-found", kind = Refusal.Kind.NOT_FOUND)
public class MentorImportNotFoundException extends Refusal {

    public MentorImportNotFoundException(String importId) {
        super("No mentor import " + importId);
    }
}
