package fi.verme.groups.api;

import fi.verme.shared.Refusal;

/**
 * A survey rule refused the request: {@link SurveyNotFoundException}, {@link SurveyNotOpenException} or
 * {@link SurveyAlreadyAnsweredException}. The parent lets a caller treat any of them alike.
 */
public abstract class SurveyException extends Refusal {

    protected SurveyException(String message) {
        super(message);
    }
}
