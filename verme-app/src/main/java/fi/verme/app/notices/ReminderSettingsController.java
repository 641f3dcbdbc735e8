package fi.verme.app.notices;

import fi.verme.app.access.CurrentUser;
import fi.verme.shared.ProgrammeYear;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * A programme year's reminders, each turned on or off by its coordinator: the day before a meeting (to its members
 * and mentors), to mentors two days after a meeting not recorded as held, and a week after the survey opened (to
 * those who have not answered).
 */
@RestController
class ReminderSettingsController {

    private final ReminderSettings settings;

    ReminderSettingsController(ReminderSettings settings) {
        this.settings = settings;
    }

    record ReminderSettingsRequest(@NotNull Boolean meetingDayBefore, @NotNull Boolean recordHeld,
                                   @NotNull Boolean survey) {
    }

    @GetMapping("/api/programmes/{organiser}/{schoolYear}/reminders")
    ReminderSettings.Settings get(@PathVariable String organiser, @PathVariable String schoolYear) {
        return settings.of(new ProgrammeYear(organiser, schoolYear).id());
    }

    @PutMapping("/api/programmes/{organiser}/{schoolYear}/reminders")
    ReminderSettings.Settings set(@PathVariable String organiser, @PathVariable String schoolYear,
                                  @Valid @RequestBody ReminderSettingsRequest body) {
        var year = new ProgrammeYear(organiser, schoolYear).id();
        settings.set(year, body.meetingDayBefore(), body.recordHeld(), body.survey(),
                CurrentUser.userId().orElseThrow());
        return settings.of(year);
    }
}
