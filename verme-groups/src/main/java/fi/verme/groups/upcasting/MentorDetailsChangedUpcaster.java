package fi.verme.groups.upcasting;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import fi.verme.groups.api.MentorDetailsChanged;
import org.axonframework.serialization.SimpleSerializedType;
import org.axonframework.serialization.upcasting.event.IntermediateEventRepresentation;
import org.axonframework.serialization.upcasting.event.SingleEventUpcaster;
import org.springframework.stereotype.Component;

/**
 * The example of evolving an event: revision 0 of {@code MentorDetailsChanged} (written by an import
 * of the organisers' old spreadsheets) kept the training in one text field, {@code "2018, Osake"};
 * revision 1 has {@code trainingYear} and {@code trainingProvider}. Old events are never edited: they
 * are read as revision 1 on the way in, so they still replay into today's views.
 */
@Component
class MentorDetailsChangedUpcaster extends SingleEventUpcaster {

    static final SimpleSerializedType REVISION_0 = new SimpleSerializedType(MentorDetailsChanged.class.getName(), "0");

    @Override
    protected boolean canUpcast(IntermediateEventRepresentation representation) {
        return REVISION_0.equals(representation.getType());
    }

    @Override
    protected IntermediateEventRepresentation doUpcast(IntermediateEventRepresentation representation) {
        return representation.upcastPayload(new SimpleSerializedType(MentorDetailsChanged.class.getName(), "1"),
                JsonNode.class, payload -> {
                    var node = (ObjectNode) payload;
                    var training = node.path("training").asText("");
                    int comma = training.indexOf(',');
                    var year = comma < 0 ? training : training.substring(0, comma);
                    node.put("trainingYear", Integer.parseInt(year.strip()));
                    node.put("trainingProvider", comma < 0 ? "" : training.substring(comma + 1).strip());
                    node.remove("training");
                    return node;
                });
    }
}
