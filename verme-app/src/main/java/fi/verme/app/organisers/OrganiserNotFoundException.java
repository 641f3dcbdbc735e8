package fi.verme.app.organisers;

import fi.verme.shared.ProblemType;
import fi.verme.shared.Refusal;
import java.util.List;

/** No organiser with this slug is registered (and, for its years, none of its programme years exists). */
@ProblemType(value = "organiser-not-found", kind = Refusal.Kind.NOT_FOUND)
class OrganiserNotFoundException extends Refusal {

    private final String slug;

    OrganiserNotFoundException(String slug) {
        super("No organiser " + slug + " is registered");
        this.slug = slug;
    }

    @Override
    public List<Object> detailArguments() {
        return List.of(slug);
    }
}
