package fi.verme.app.platform;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalTime;
import org.hibernate.validator.constraints.time.DurationMax;
import org.hibernate.validator.constraints.time.DurationMin;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;
import org.springframework.validation.annotation.Validated;

/**
 * Every {@code verme.*} setting an operator gives, checked once at start-up: a value of the wrong type or out
 * of range stops the application before it serves anything, with the setting's name, the value and what is
 * allowed (Spring Boot's report of a failed binding). The settings are read where they are used; their
 * defaults and meanings are listed in {@code docs/configuration.md}. A setting left out is not checked here.
 */
@Validated
@ConfigurationProperties(prefix = "verme")
public record Settings(
        @Pattern(regexp = "https?://[^\\s/]+(/[^\\s]*)?", message = "{verme.public-url.message}")
        String publicUrl,
        @Valid Mail mail,
        @Valid PublicForm publicForm,
        @Valid Api api,
        @Valid Imports imports,
        @Valid Database database,
        @DurationMin(millis = 1) @DurationMax(minutes = 5) Duration readYourWritesTimeout,
        @Valid Security security,
        @Valid Snapshots snapshots,
        @Valid Processing processing,
        @Valid Rebuild rebuild,
        @Valid Reminders reminders,
        Digest digest) {

    public record Mail(@Pattern(regexp = "[^@\\s]+@[^@\\s]+", message = "{verme.mail-from.message}") String from) {
    }

    public record PublicForm(@Min(1) @Max(100_000) Integer perAddress,
                             @Min(1) @Max(100_000) Integer perCall,
                             @Min(1) @Max(100_000) Integer perEmail,
                             @Min(1024) @Max(1_048_576) Long maxBodyBytes) {
    }

    public record Api(@Min(1024) @Max(104_857_600) Long maxBodyBytes) {
    }

    public record Imports(@Min(1024) @Max(104_857_600) Long maxBodyBytes) {
    }

    public record Database(@DurationMin(millis = 100) Duration connectionTimeout,
                           @DurationMin(seconds = 1) Duration statementTimeout) {
    }

    public record Security(@Min(1) @Max(1000) Integer loginFailures, @DurationMin(seconds = 1) Duration loginFailureWindow,
                           @Min(4) @Max(31) Integer bcryptStrength) {
    }

    public record Snapshots(@Min(1) Integer every) {
    }

    public record Processing(@Min(1) @Max(10_000) Integer batchSize, @Min(1) @Max(10_000) Integer fetchSize,
                             @DurationMin(millis = 0) @DurationMax(seconds = 1) Duration wakeDelay) {
    }

    public record Rebuild(@Min(1) @Max(16) Integer parallel) {
    }

    /** A time of day such as {@code 08:00}; how often as a duration such as {@code PT10M}. */
    public record Reminders(LocalTime sendFrom, @DurationMin(seconds = 1) Duration every) {
    }

    /** A day such as {@code MONDAY}; a time of day such as {@code 07:00}. */
    public record Digest(DayOfWeek day, LocalTime sendFrom) {
    }

    /** Binds and checks the settings at start-up. */
    @Configuration(proxyBeanMethods = false)
    @EnableConfigurationProperties(Settings.class)
    static class Checked {
    }
}
