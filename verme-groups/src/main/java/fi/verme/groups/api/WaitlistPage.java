package fi.verme.groups.api;

import java.util.List;

/** A page of the waiting list ({@link ListWaitlist}) and how many people the whole filtered list has. */
public record WaitlistPage(List<WaitlistEntryView> entries, long total) {
}
