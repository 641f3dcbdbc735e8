package fi.verme.meetings.domain;

import java.util.List;

/**
 * Where the minutes text is kept: outside the events, which are copied to auditors, because the
 * group promised confidentiality in its action agreement. Written in the command's transaction.
 */
public interface MinutesArchive {

    void store(String meetingId, int version, String authorPersonId, List<String> topics, String text);

    /** Whether the meeting's latest version has these topics and this text (an archive that cannot tell: no). */
    default boolean isLatest(String meetingId, List<String> topics, String text) {
        return false;
    }
}
