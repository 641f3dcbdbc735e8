package fi.verme.app.certificates;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/** Lays a certificate out on one A4 page with PDFBox: a title, label-value lines, and the verification line. */
final class CertificatePdf {

    record Line(String label, String value) {
    }

    private CertificatePdf() {
    }

    static byte[] render(String title, List<Line> lines, String verification) {
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
