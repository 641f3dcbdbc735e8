package fi.verme.app.platform;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.autoconfigure.validation.ValidationAutoConfiguration;
import org.springframework.boot.diagnostics.FailureAnalyzer;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.core.io.support.SpringFactoriesLoader;

/** A wrong setting stops start-up, saying which setting, what was given and what is allowed. */
class SettingsTest {

    private final ApplicationContextRunner application = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(ValidationAutoConfiguration.class))
            .withUserConfiguration(Settings.Checked.class);

    /** What Spring Boot prints for the failure, as an operator reads it in the log. */
    private static String report(Throwable failure) {
        // The analyzers that need the application's bean factory are left out: the binding ones need none.
        return SpringFactoriesLoader.forDefaultResourceLocation(SettingsTest.class.getClassLoader())
                .load(FailureAnalyzer.class, SpringFactoriesLoader.FailureHandler.handleMessage((message, e) -> { }))
                .stream()
                .map(analyzer -> analyzer.analyze(failure)).filter(java.util.Objects::nonNull).findFirst()
                .map(analysis -> analysis.getDescription()).orElse(String.valueOf(failure));
    }

    @Test
    void theApplicationsOwnSettingsAreAccepted() {
        application.withPropertyValues("verme.public-url=https://verme.example.fi", "verme.mail.from=verme@example.fi",
                        "verme.public-form.per-address=60", "verme.public-form.per-call=300",
                        "verme.public-form.per-email=5", "verme.read-your-writes-timeout=5s",
                        "verme.database.statement-timeout=30s", "verme.security.bcrypt-strength=10")
                .run(context -> assertThat(context).hasNotFailed().hasSingleBean(Settings.class));
    }

    @Test
    void aValueOutOfRangeStopsStartUpNamingTheSettingAndWhatIsAllowed() {
        application.withPropertyValues("verme.public-form.per-address=0").run(context -> {
            assertThat(context).hasFailed();
            assertThat(report(context.getStartupFailure()))
                    .contains("verme.publicForm.perAddress", "Value: \"0\"", "must be greater than or equal to 1");
        });
    }

    @Test
    void aValueOfTheWrongKindStopsStartUpNamingTheSetting() {
        application.withPropertyValues("verme.read-your-writes-timeout=soon").run(context -> {
            assertThat(context).hasFailed();
            assertThat(report(context.getStartupFailure())).contains("verme.read-your-writes-timeout", "soon");
        });
        // Found by an outsider: these two stopped start-up with a stack trace that named no setting.
        application.withPropertyValues("verme.reminders.send-from=25:00").run(context -> {
            assertThat(context).hasFailed();
            assertThat(report(context.getStartupFailure())).contains("verme.reminders.send-from", "25:00");
        });
        application.withPropertyValues("verme.digest.day=FUNDAY").run(context -> {
            assertThat(context).hasFailed();
            assertThat(report(context.getStartupFailure())).contains("verme.digest.day", "FUNDAY");
        });
        application.withPropertyValues("verme.public-url=verme.example.fi").run(context -> {
            assertThat(context).hasFailed();
            assertThat(report(context.getStartupFailure())).contains("verme.public-url", "must be an http(s) address");
        });
    }
}
