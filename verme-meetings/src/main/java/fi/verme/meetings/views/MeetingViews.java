package fi.verme.meetings.views;

import fi.verme.shared.ViewProcessors;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The meetings module's views: the calendar and the attendance ledger. */
@Configuration(proxyBeanMethods = false)
class MeetingViews {

    @Bean
    ViewProcessors meetingViewProcessors() {
        return ViewProcessors.of(MeetingCalendar.PROCESSING_GROUP, AttendanceLedger.PROCESSING_GROUP);
    }
}
