package fi.verme.enrolment.application;

import fi.verme.enrolment.api.ImportFile;
import fi.verme.enrolment.api.ImportRow;
import fi.verme.enrolment.api.ReadImportFile;
import fi.verme.shared.InvalidInputException;
import fi.verme.shared.Characters;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.apache.commons.compress.utils.SeekableInMemoryByteChannel;
import org.axonframework.queryhandling.QueryHandler;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.springframework.stereotype.Component;

/**
 * Reads a file uploaded for import (enrolments here, mentors in the groups module, which asks through the query
 * {@link ReadImportFile}) into its header and rows of text, as spreadsheets and form tools (Webropol, Lyyti, eEventti,
 * Microsoft Forms, Google Forms) export them: XLSX (its first sheet, read with FastExcel's reader) or CSV (read with
 * Commons CSV) in UTF-8 with or without a byte-order mark, in UTF-16 with one (Excel's "Unicode text") or without one
 * (a header beginning in ASCII), or else in Windows-1252 (Excel's "CSV" in Finland), its cells separated by {@code ;},
 * {@code ,} or a tab, whichever the header line uses most. The header is the first row that is not empty; blank rows
 * are skipped, and each row keeps its number in the file. Each cell is read as one visible line
 * ({@link Characters#oneLine}), so that the preview shows what the commit records. A file it cannot read, or one
 * beyond its limits, is refused as invalid input of the field {@code file}, saying what is allowed.
 */
@Component
class ImportFiles {

    static final int MAX_ROWS = 10_000;
    static final int MAX_COLUMNS = ImportFile.MAX_COLUMNS;
    /** The longest cell: the form's longest field is an e-mail address of 320 characters. */
    static final int MAX_CELL_CHARS = 1_000;
    /**
     * All cells together: a workbook stores a repeated text once and refers to it, so its cells may hold far more
     * than the file does; they are counted as read, before they are kept.
     */
    static final long MAX_TOTAL_CHARS = 8_000_000;
    /** What an XLSX file's parts may unpack to, together: a sheet of the most rows and columns fits well within. */
    static final long MAX_UNPACKED_BYTES = 128L * 1024 * 1024;
    static final String ALLOWED = "a CSV file (UTF-8, UTF-16 or Windows-1252 text, cells separated "
            + "by ;, , or a tab) or an XLSX file, "
            + "with a header row first and at most " + MAX_ROWS + " rows of " + MAX_COLUMNS + " columns, each cell at most "
            + MAX_CELL_CHARS + " characters";
    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
    /** Control characters a text file may hold by mistake, however short; beyond these, at most 1 in 100. */
    private static final int MAX_CONTROLS = 8;

    @QueryHandler
    ImportFile read(ReadImportFile query) {
        var content = query.content();
        var rows = content.length >= 8 && ReadableWorkbook.isOOXMLZipHeader(Arrays.copyOf(content, 8))
                ? xlsx(content) : csv(readableText(content));
        var filled = rows.stream().filter(row -> row.cells().stream().anyMatch(cell -> !cell.isEmpty())).toList();
        if (filled.isEmpty() || filled.size() > MAX_ROWS + 1 || filled.get(0).cells().size() > MAX_COLUMNS) {
            throw new InvalidInputException("file", ALLOWED);
        }
        var header = filled.get(0).cells().stream().map(Characters::oneLine).toList();
        var body = filled.subList(1, filled.size()).stream()
                .map(row -> new ImportRow(row.line(), width(row.cells(), header.size()))).toList();
        return new ImportFile(header, body, sha256(content));
    }

    private static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The row's cells as visible lines, as many as the header has: missing ones empty, ones beyond it left out. */
    private static List<String> width(List<String> cells, int columns) {
        var sized = new ArrayList<>(cells.subList(0, Math.min(cells.size(), columns)).stream()
                .map(Characters::oneLine).toList());
        while (sized.size() < columns) {
            sized.add("");
        }
        return sized;
    }

    private static List<ImportRow> xlsx(byte[] content) {
        refuseZipBomb(content);
        try (var workbook = new ReadableWorkbook(new ByteArrayInputStream(content));
             var rows = workbook.getFirstSheet().openStream()) {
            var characters = new long[1];
            return rows.limit(MAX_ROWS + 2L).map(row -> {
                var cells = new ArrayList<String>();
                for (int i = 0; i < Math.min(row.getCellCount(), MAX_COLUMNS + 1); i++) {
                    var text = row.getOptionalCell(i).map(cell -> cell.getText() == null ? "" : cell.getText().strip())
                            .orElse("");
                    characters[0] += text.length();
                    if (text.length() > MAX_CELL_CHARS || characters[0] > MAX_TOTAL_CHARS) {
                        throw new InvalidInputException("file", ALLOWED);
                    }
                    cells.add(text);
                }
                return new ImportRow(row.getRowNum(), cells);
            }).toList();
        } catch (IOException | RuntimeException unreadable) {
            throw new InvalidInputException("file", ALLOWED);
        }
    }

    /**
     * An XLSX file is a zip archive, and a few megabytes of it can unpack to gigabytes (a "zip bomb") that the reader
     * would hold in memory (its shared strings). Every part is unpacked once here, counting, before the reader sees
     * the file; the count stops at the limit, whatever sizes the archive claims for its parts.
     */
    private static void refuseZipBomb(byte[] content) {
        try (var zip = ZipFile.builder().setSeekableByteChannel(new SeekableInMemoryByteChannel(content)).get()) {
            long unpacked = 0;
            var buffer = new byte[64 * 1024];
            for (var entries = zip.getEntries(); entries.hasMoreElements(); ) {
                try (var part = zip.getInputStream(entries.nextElement())) {
                    for (int read = part.read(buffer); read > 0; read = part.read(buffer)) {
                        unpacked += read;
                        if (unpacked > MAX_UNPACKED_BYTES) {
                            throw new InvalidInputException("file", ALLOWED);
                        }
                    }
                }
            }
        } catch (IOException | IllegalArgumentException unreadable) {
            throw new InvalidInputException("file", ALLOWED);
        }
    }

    private static List<ImportRow> csv(String text) {
        var format = CSVFormat.Builder.create(CSVFormat.DEFAULT).setDelimiter(delimiterOf(text))
                .setIgnoreSurroundingSpaces(true).setTrim(true).get();
        var rows = new ArrayList<ImportRow>();
        try (var parser = format.parse(new StringReader(text))) {
            for (CSVRecord record : parser) {
                if (rows.size() > MAX_ROWS + 1 || record.size() > MAX_COLUMNS
                        || record.stream().anyMatch(cell -> cell.length() > MAX_CELL_CHARS)) {
                    throw new InvalidInputException("file", ALLOWED);
                }
                rows.add(new ImportRow((int) record.getRecordNumber(),
                        record.stream().map(ImportFiles::unguarded).toList()));
            }
        } catch (IOException | UncheckedIOException | IllegalStateException unreadable) {
            throw new InvalidInputException("file", ALLOWED);
        }
        return rows;
    }

    /**
     * A cell as it was before a CSV writer guarded it against running as a formula: Verme's own exports (and the
     * usual advice against formula injection) put an apostrophe before a text that begins with {@code = + - @}, a tab
     * or a carriage return ({@code '+358 40 123 4567}), which a spreadsheet shows without it; read back, it is taken
     * off again, so that an exported list imports as it was.
     */
    static String unguarded(String cell) {
        return cell.length() > 1 && cell.charAt(0) == '\'' && Characters.startsFormula(cell.charAt(1))
                ? cell.substring(1) : cell;
    }

    /**
     * The file as text, if it is text: a file of other bytes (a PDF, an image, anything sent by mistake) decodes to
     * control characters, and is refused rather than read as a sheet of garbled columns. A stray one in a cell (a NUL
     * pasted from another program) is read, and taken out of the cell later.
     */
    private static String readableText(byte[] content) {
        var text = text(content);
        long controls = text.codePoints()
                .filter(c -> Character.getType(c) == Character.CONTROL && !Characters.spacesLines(c)).count();
        if (controls > MAX_CONTROLS && controls * 100 > text.length()) {
            throw new InvalidInputException("file", ALLOWED);
        }
        return text;
    }

    /**
     * UTF-16 after its byte-order mark, or without one when its first two characters are plain ASCII (one byte of
     * each is 0: a header row begins with a letter); UTF-8 when the bytes are valid UTF-8 (without its mark), else
     * Windows-1252.
     */
    private static String text(byte[] content) {
        if (content.length >= 2 && (content[0] == (byte) 0xFE && content[1] == (byte) 0xFF
                || content[0] == (byte) 0xFF && content[1] == (byte) 0xFE)) {
            var charset = content[0] == (byte) 0xFE ? StandardCharsets.UTF_16BE : StandardCharsets.UTF_16LE;
            return new String(content, 2, content.length - 2, charset);
        }
        if (content.length >= 4 && content.length % 2 == 0) {
            if (content[0] != 0 && content[1] == 0 && content[2] != 0 && content[3] == 0) {
                return new String(content, StandardCharsets.UTF_16LE);
            }
            if (content[0] == 0 && content[1] != 0 && content[2] == 0 && content[3] != 0) {
                return new String(content, StandardCharsets.UTF_16BE);
            }
        }
        try {
            var text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(content)).toString();
            return text.startsWith("\uFEFF") ? text.substring(1) : text;
        } catch (CharacterCodingException notUtf8) {
            return new String(content, WINDOWS_1252);
        }
    }

    /**
     * The separator the header line uses most: {@code ;} (Excel in Finland, where the comma is the decimal
     * separator), {@code ,} or a tab. Only the header is looked at, since values may contain decimal commas.
     */
    private static char delimiterOf(String text) {
        int end = text.indexOf('\n');
        var header = end < 0 ? text : text.substring(0, end);
        char best = ';';
        long most = header.chars().filter(c -> c == ';').count();
        for (char candidate : new char[] {',', '\t'}) {
            long count = header.chars().filter(c -> c == candidate).count();
            if (count > most) {
                best = candidate;
                most = count;
            }
        }
        return best;
    }
}
