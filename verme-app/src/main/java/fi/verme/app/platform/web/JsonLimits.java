package fi.verme.app.platform.web;

import com.fasterxml.jackson.core.StreamReadConstraints;
import org.springframework.boot.autoconfigure.jackson.Jackson2ObjectMapperBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Limits on what a request body may make the JSON parser do: no string longer than the longest
 * field accepts (minutes, 20,000 characters, with room), no nesting deeper than any request needs.
 * A body beyond them is refused as invalid input.
 */
@Configuration(proxyBeanMethods = false)
class JsonLimits {

    static final int MAX_STRING_LENGTH = 50_000;
    static final int MAX_NESTING_DEPTH = 16;

    @Bean
    Jackson2ObjectMapperBuilderCustomizer jsonParsingLimits() {
        return builder -> builder.postConfigurer(mapper -> mapper.getFactory().setStreamReadConstraints(
                StreamReadConstraints.builder().maxStringLength(MAX_STRING_LENGTH).maxNestingDepth(MAX_NESTING_DEPTH)
                        .build()));
    }
}
