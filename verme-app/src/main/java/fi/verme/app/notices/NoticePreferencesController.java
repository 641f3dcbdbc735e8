package fi.verme.app.notices;

import fi.verme.app.access.EnrolmentLinks;
import fi.verme.enrolment.api.PersonNotFoundException;
import fi.verme.shared.InvalidInputException;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * A person's notice preferences through the signed link every notice carries, without a login: which kinds they
 * hear (the required ones marked, and always on), changed on the page or, for one kind, by the one-click
 * unsubscribe of their mail program (RFC 8058).
 */
@RestController
class NoticePreferencesController {

    private final EnrolmentLinks links;
    private final NoticePreferences preferences;
    private final Mailings mailings;

    NoticePreferencesController(EnrolmentLinks links, NoticePreferences preferences, Mailings mailings) {
        this.links = links;
        this.preferences = preferences;
        this.mailings = mailings;
    }

    /** One kind of notice: whether the person hears it, and whether it is required (then always on). */
    record KindChoice(String kind, boolean required, boolean on) {
    }

    record Preferences(List<KindChoice> kinds) {
    }

    /** {@code off}: the kinds the person does not want; every other kind is on. */
    record PreferencesRequest(@NotNull Set<String> off) {
    }

    @GetMapping("/api/notice-preferences/{token}")
    Preferences get(@PathVariable String token) {
        return view(person(token));
    }

    @PutMapping("/api/notice-preferences/{token}")
    Preferences choose(@PathVariable String token, @Valid @RequestBody PreferencesRequest body) {
        var personId = person(token);
        var off = EnumSet.noneOf(NoticeKind.class);
        for (var code : body.off()) {
            var kind = NoticeKind.of(code).filter(NoticePreferences.all()::contains).orElseThrow(() ->
                    new InvalidInputException("off", "kinds of notice that may be turned off: " + optional()));
            if (kind.required()) {
                throw new InvalidInputException("off", code + " is required and cannot be turned off; "
                        + "kinds that may be: " + optional());
            }
            off.add(kind);
        }
        preferences.choose(personId, off);
        return view(personId);
    }

    /** One click in the mail program: this kind off, the others as they were. */
    @PostMapping("/api/notice-preferences/{token}/unsubscribe/{kind}")
    Preferences unsubscribe(@PathVariable String token, @PathVariable String kind) {
        var personId = person(token);
        var found = NoticeKind.of(kind).filter(k -> !k.required() && NoticePreferences.all().contains(k))
                .orElseThrow(() -> new InvalidInputException("kind", "a kind of notice that may be turned off: "
                        + optional()));
        preferences.turnOff(personId, found);
        return view(personId);
    }

    private Preferences view(String personId) {
        var off = preferences.turnedOff(personId);
        return new Preferences(NoticePreferences.all().stream()
                .map(kind -> new KindChoice(kind.code(), kind.required(), kind.required() || !off.contains(kind)))
                .toList());
    }

    private static String optional() {
        return String.join(", ", NoticePreferences.all().stream().filter(kind -> !kind.required())
                .map(NoticeKind::code).toList());
    }

    /** The person the link was made for, still in the register (an erased person has no preferences). */
    private String person(String token) {
        var personId = links.noticesPersonOf(token);
        mailings.contact(personId).orElseThrow(() -> new PersonNotFoundException(personId));
        return personId;
    }
}
