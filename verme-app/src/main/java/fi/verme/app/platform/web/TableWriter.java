package fi.verme.app.platform.web;

import fi.verme.shared.Table;
import org.springframework.http.HttpInputMessage;
import org.springframework.http.MediaType;
import org.springframework.http.converter.AbstractHttpMessageConverter;
import org.springframework.http.converter.HttpMessageNotReadableException;

/**
 * What every writer of a {@link Table} is: a message converter that writes tables in one media type and reads
 * nothing ({@link CsvTables}, {@link XlsxTables}). Spring Boot adds every converter bean to Spring MVC's.
 */
abstract class TableWriter extends AbstractHttpMessageConverter<Table> {

    TableWriter(MediaType type) {
        super(type);
    }

    @Override
    protected boolean supports(Class<?> type) {
        return Table.class.isAssignableFrom(type);
    }

    @Override
    public boolean canRead(Class<?> type, MediaType mediaType) {
        return false;
    }

    @Override
    protected Table readInternal(Class<? extends Table> type, HttpInputMessage input) {
        throw new HttpMessageNotReadableException("a table is only written", input);
    }
}
