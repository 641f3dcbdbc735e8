package fi.verme.app.certificates;

import fi.verme.shared.ViewProcessors;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The certificates' view: the verification codes. */
@Configuration(proxyBeanMethods = false)
class CertificateViews {

    @Bean
    ViewProcessors certificateViewProcessors() {
        return ViewProcessors.of(CertificateCodes.PROCESSING_GROUP);
    }
}
