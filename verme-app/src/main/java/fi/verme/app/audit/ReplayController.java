package fi.verme.app.audit;

import fi.verme.app.audit.Replays.Progress;
import java.net.URI;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Rebuilding views from the events, and following how far it has got. */
@RestController
@RequestMapping("/api/admin/replays")
class ReplayController {

    private final Replays replays;

    ReplayController(Replays replays) {
        this.replays = replays;
    }

    /** {@code views}: the views to rebuild, by name; none or empty for all. */
    record ReplayRequest(List<String> views) {
    }

    @PostMapping
    ResponseEntity<Progress> start(@RequestBody(required = false) ReplayRequest body) {
        var progress = replays.start(body == null ? List.of() : body.views());
        return ResponseEntity.accepted().location(URI.create("/api/admin/replays/" + progress.replayId()))
                .body(progress);
    }

    @GetMapping("/{replayId}")
    Progress progress(@PathVariable String replayId) {
        return replays.find(replayId).orElseThrow(() -> new ReplayNotFoundException(replayId));
    }

    @GetMapping
    List<String> views() {
        return replays.views();
    }
}
