package fi.verme.meetings.web;

import fi.verme.meetings.api.SchoolBreak;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;

/** Body of {@code PUT …/school-breaks}: every break of the year ({@code name}, {@code firstDay}, {@code lastDay}). */
record SchoolBreaksRequest(@NotNull @Size(max = 20) List<SchoolBreak> breaks) {
}
