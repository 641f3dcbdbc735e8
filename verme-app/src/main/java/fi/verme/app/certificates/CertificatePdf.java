package fi.verme.app.certificates;

import fi.verme.app.certificates.Certificate.Mentoring;
import fi.verme.app.certificates.Certificate.Participation;
import fi.verme.app.organisers.Organisers;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.springframework.core.io.ClassPathResource;

/**
 * A certificate in the reader's language, laid out on one A4 page with PDFBox: a title, label-value lines,
 * and the line that tells where to check its code.
 */
final class CertificatePdf {

    static final List<String> LANGUAGES = List.of("fi", "sv", "en");

    private record Line(String label, String value) {
    }

    private CertificatePdf() {
    }

    /**
     * {@code organiser}: the organiser's name as the reader reads it; {@code language}: one of {@link #LANGUAGES};
     * {@code checkAt}: where anyone can check the code.
     */
    static byte[] render(Certificate certificate, String organiser, String language, String code, String checkAt) {
        var labels = labels(language);
        return render(labels.getProperty("title." + certificate.kind().word()), lines(certificate, organiser, labels),
                labels.getProperty("verify") + " " + code + ": " + checkAt);
    }

    private static List<Line> lines(Certificate certificate, String organiser, Properties labels) {
        var lines = new ArrayList<Line>();
        lines.add(new Line(labels.getProperty("holder"), certificate.holder()));
        lines.add(new Line(labels.getProperty("organiser"), organiser));
        lines.add(new Line(labels.getProperty("schoolYear"), Organisers.schoolYear(certificate.programmeYear().schoolYear())));
        if (certificate.certifies() instanceof Participation p) {
            lines.add(new Line(labels.getProperty("group"), p.group()));
            lines.add(new Line(labels.getProperty("theme"), p.theme()));
            lines.add(new Line(labels.getProperty("mentor"), p.mentors()));
            lines.add(new Line(labels.getProperty("meetings"), String.valueOf(p.meetings())));
            lines.add(new Line(labels.getProperty("hours"), decimalComma(p.hours())));
            lines.add(new Line(labels.getProperty("vesoDays"), String.valueOf(p.vesoDays())));
        } else if (certificate.certifies() instanceof Mentoring m) {
            lines.add(new Line(labels.getProperty("groups"), String.join(", ", m.groups())));
            lines.add(new Line(labels.getProperty("hours"), decimalComma(m.hours())));
        }
        return lines;
    }

    /** Figures on the page are written the Finnish way in every language, as everywhere in Verme. */
    private static String decimalComma(String number) {
        return number.replace('.', ',');
    }

    private static Properties labels(String language) {
        var properties = new Properties();
        try (var reader = new InputStreamReader(new ClassPathResource("certificates/labels." + language + ".properties")
                .getInputStream(), StandardCharsets.UTF_8)) {
            properties.load(reader);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties;
    }

    private static byte[] render(String title, List<Line> lines, String verification) {
        try (var document = new PDDocument(); var out = new ByteArrayOutputStream()) {
            var page = new PDPage(PDRectangle.A4);
            document.addPage(page);
            var bold = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);
            var regular = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
            try (var content = new PDPageContentStream(document, page)) {
                float y = 760;
                text(content, bold, 18, 60, y, title);
                y -= 50;
                for (var line : lines) {
                    text(content, bold, 11, 60, y, line.label());
                    text(content, regular, 11, 260, y, line.value());
                    y -= 22;
                }
                y -= 30;
                text(content, regular, 10, 60, y, verification);
            }
            document.getDocumentInformation().setTitle(title);
            document.getDocumentInformation().setCreator("Verme");
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void text(PDPageContentStream content, PDType1Font font, float size, float x, float y,
                             String text) throws IOException {
        content.beginText();
        content.setFont(font, size);
        content.newLineAtOffset(x, y);
        content.showText(text == null ? "" : text);
        content.endText();
    }
}
