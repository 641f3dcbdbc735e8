package fi.verme.compensation.lookups;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import fi.verme.compensation.api.CompensationRulesSet;
import fi.verme.compensation.api.ExpenseClaimed;
import fi.verme.compensation.api.OrganisingHoursClaimed;
import fi.verme.compensation.api.PaymentPeriodApproved;
import fi.verme.compensation.domain.Directory;
import fi.verme.enrolment.api.EnrolmentSubmitted;
import fi.verme.groups.api.GroupFormed;
import fi.verme.groups.api.MentorRegistered;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The compensation directory for the tests of other packages: the views read its tables, so their tests
 * feed it the same events as the application would.
 */
public final class DirectoryFeed {

    private final CompensationDirectory directory;

    public DirectoryFeed(JdbcTemplate jdbc) {
        directory = new CompensationDirectory(jdbc, new ObjectMapper().registerModule(new JavaTimeModule()));
    }

    public DirectoryFeed feed(Object... events) {
        for (var event : events) {
            if (event instanceof CompensationRulesSet e) {
                try {
                    directory.on(e);
                } catch (Exception failure) {
                    throw new IllegalStateException(failure);
                }
            } else if (event instanceof MentorRegistered e) {
                directory.on(e);
            } else if (event instanceof GroupFormed e) {
                directory.on(e);
            } else if (event instanceof OrganisingHoursClaimed e) {
                directory.on(e);
            } else if (event instanceof ExpenseClaimed e) {
                directory.on(e);
            } else if (event instanceof EnrolmentSubmitted e) {
                directory.on(e);
            } else if (event instanceof PaymentPeriodApproved e) {
                directory.on(e);
            } else {
                throw new IllegalArgumentException("The directory keeps nothing of " + event);
            }
        }
        return this;
    }

    public Directory directory() {
        return directory;
    }
}
