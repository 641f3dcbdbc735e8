package fi.verme.meetings.api;

import fi.verme.shared.Refusal;

/**
 * The meeting is not in a state that allows this. Each rule is a subclass of its own, with its own
 * problem type: {@link MeetingAlreadyScheduledException}, {@link MeetingAlreadyHeldException},
 * {@link MeetingCancelledException}, {@link MeetingNotHeldException}, {@link MeetingInFutureException},
 * {@link MeetingBeforeGroupStartException}.
 */
public abstract class MeetingStateException extends Refusal {

    protected MeetingStateException(String message) {
        super(message);
    }
}
