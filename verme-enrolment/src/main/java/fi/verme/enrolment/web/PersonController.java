package fi.verme.enrolment.web;

import fi.verme.enrolment.api.ErasePerson;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
class PersonController {

    private final CommandGateway commands;

    PersonController(CommandGateway commands) {
        this.commands = commands;
    }

    /** Erases the person's contact details; the history keeps only their pseudonymous id. */
    @DeleteMapping("/api/persons/{personId}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    ResponseEntity<Void> erase(@PathVariable String personId) {
        commands.sendAndWait(new ErasePerson(personId));
        return ResponseEntity.noContent().build();
    }
}
