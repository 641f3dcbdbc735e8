package fi.verme.shared;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The rule a {@link Refusal} names: its stable problem type (clients switch on
 * {@code urn:verme:problem:<value>}) and what kind of refusal it is. Declared on every concrete refusal,
 * not inherited, so that a class cannot answer with its parent's rule by accident.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface ProblemType {

    /** The stable type, e.g. {@code group-full}. */
    String value();

    Refusal.Kind kind();
}
