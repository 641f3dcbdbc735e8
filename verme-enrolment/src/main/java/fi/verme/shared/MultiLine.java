package fi.verme.shared;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a text field of a request body whose value may span lines (minutes, a free-text answer).
 * Every other text is one line: a line break in a name or a subject would spill into the e-mails and
 * exports it is written into, so the application refuses it. Here, in the contract every module
 * imports, so that each module's request records can say it.
 */
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.METHOD, ElementType.RECORD_COMPONENT})
@Retention(RetentionPolicy.RUNTIME)
public @interface MultiLine {
}
