package fi.verme.app.organisers;

import fi.verme.shared.ProblemType;
import fi.verme.shared.Refusal;
import java.util.List;
import java.util.Map;

/** An organiser with this slug is registered already: it is changed, never registered twice. */
@ProblemType(value = "organiser-exists", kind = Refusal.Kind.CONFLICT)
class OrganiserExistsException extends Refusal {

    private final String slug;

    OrganiserExistsException(String slug) {
        super("An organiser " + slug + " is registered already; change it with PUT /api/organisers/" + slug);
        this.slug = slug;
    }

    @Override
    public List<Object> detailArguments() {
        return List.of(slug);
    }

    @Override
    public Map<String, Object> properties() {
        return Map.of("slug", slug);
    }
}
