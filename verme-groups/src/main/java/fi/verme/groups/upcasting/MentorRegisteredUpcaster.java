package fi.verme.groups.upcasting;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import fi.verme.groups.api.MentorRegistered;
import org.axonframework.serialization.SimpleSerializedType;
import org.axonframework.serialization.upcasting.event.IntermediateEventRepresentation;
import org.axonframework.serialization.upcasting.event.SingleEventUpcaster;
import org.springframework.stereotype.Component;

/**
 * Revision 1 of {@code MentorRegistered} was written when mentors were shared by every organiser;
 * revision 2 names the organiser the mentor belongs to. Nobody recorded which organiser registered
 * the old ones, and guessing (say, from the groups they led) could hand a mentor to the wrong
 * organiser, so they are read with {@code organiser} null: legacy mentors, whose details only a
 * coordinator of all organisers changes and whose organising hours only an organiser whose group
 * they lead pays.
 */
@Component
class MentorRegisteredUpcaster extends SingleEventUpcaster {

    static final SimpleSerializedType REVISION_1 = new SimpleSerializedType(MentorRegistered.class.getName(), "1");

    @Override
    protected boolean canUpcast(IntermediateEventRepresentation representation) {
        return REVISION_1.equals(representation.getType());
    }

    @Override
    protected IntermediateEventRepresentation doUpcast(IntermediateEventRepresentation representation) {
        return representation.upcastPayload(new SimpleSerializedType(MentorRegistered.class.getName(), "2"),
                JsonNode.class, payload -> ((ObjectNode) payload).putNull("organiser"));
    }
}
