package fi.verme.app.platform.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Map;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.MediaType;
import org.springframework.util.StringUtils;
import org.springframework.web.accept.ContentNegotiationStrategy;
import org.springframework.web.accept.HeaderContentNegotiationStrategy;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.servlet.config.annotation.ContentNegotiationConfigurer;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.util.UrlPathHelper;

/**
 * A download's name says its format: a table asked for as {@code enrolments.xlsx} is written as a workbook
 * ({@link XlsxTables}), as {@code enrolments.csv} as CSV ({@link CsvTables}), whatever the browser's
 * {@code Accept} says (a link's download sends {@code *}{@code /*}). One handler serves both names. Any other
 * request is negotiated by its {@code Accept} header, as Spring does by default. This chooses only how an
 * answer is written; who may ask for it is decided by the security chain, which reads the same path.
 */
@Configuration(proxyBeanMethods = false)
class FileFormats implements WebMvcConfigurer {

    private static final Map<String, List<MediaType>> BY_EXTENSION = Map.of(
            "csv", List.of(CsvTables.CSV),
            "xlsx", List.of(XlsxTables.XLSX));

    @Override
    public void configureContentNegotiation(ContentNegotiationConfigurer configurer) {
        // Not a bean of its own: Spring Security takes the one strategy bean there is, the manager of both.
        configurer.strategies(List.of(FileFormats::byExtension, new HeaderContentNegotiationStrategy()));
    }

    private static List<MediaType> byExtension(NativeWebRequest request) {
        var servletRequest = request.getNativeRequest(HttpServletRequest.class);
        if (servletRequest == null) {
            return ContentNegotiationStrategy.MEDIA_TYPE_ALL_LIST;
        }
        var extension = StringUtils.getFilenameExtension(
                UrlPathHelper.defaultInstance.getLookupPathForRequest(servletRequest));
        return extension == null ? ContentNegotiationStrategy.MEDIA_TYPE_ALL_LIST
                : BY_EXTENSION.getOrDefault(extension, ContentNegotiationStrategy.MEDIA_TYPE_ALL_LIST);
    }
}
