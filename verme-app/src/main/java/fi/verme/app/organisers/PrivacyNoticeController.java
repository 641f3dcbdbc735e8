package fi.verme.app.organisers;

import fi.verme.app.access.CurrentUser;
import fi.verme.app.organisers.PrivacyNotices.Notice;
import fi.verme.shared.MultiLine;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** An organiser's privacy notice over HTTP: its coordinators and admins write it, anyone reads it (AccessRules). */
@RestController
class PrivacyNoticeController {

    static final int MAX_CHARACTERS = 20_000;

    private final PrivacyNotices notices;

    PrivacyNoticeController(PrivacyNotices notices) {
        this.notices = notices;
    }

    /** The notice in Finnish, and optionally Swedish and English. */
    record NoticeRequest(@NotBlank @Size(max = MAX_CHARACTERS) @MultiLine String fi,
                         @Size(max = MAX_CHARACTERS) @MultiLine String sv,
                         @Size(max = MAX_CHARACTERS) @MultiLine String en) {
    }

    @GetMapping("/api/organisers/{organiser}/privacy-notice")
    Notice get(@PathVariable String organiser) {
        return notices.find(organiser).orElseThrow(() -> new PrivacyNoticeNotFoundException(organiser));
    }

    @PutMapping("/api/organisers/{organiser}/privacy-notice")
    Notice put(@PathVariable String organiser, @Valid @RequestBody NoticeRequest body) {
        return notices.write(organiser, body.fi(), body.sv(), body.en(), CurrentUser.userId().orElseThrow());
    }
}
