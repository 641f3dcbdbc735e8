package fi.verme.app.certificates;

import static org.assertj.core.api.Assertions.assertThat;

import fi.verme.app.certificates.Certificate.ContinuingEducation;
import fi.verme.app.certificates.Certificate.Mentoring;
import fi.verme.app.certificates.Certificate.Participation;
import fi.verme.app.certificates.CertificatePdf.Issue;
import fi.verme.shared.ProgrammeYear;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureNode;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.api.Test;

/**
 * The certificate's page from fixed figures, so that it reads the same on every run: its structure for
 * assistive technology (tags, language, title, the QR code's alternative text, the link), and its picture,
 * kept as {@code docs/certificate.png}. The test writes the picture to {@code target/certificate.png} (and the PDF
 * beside it) on every
 * run and compares it with the one in docs/ (same size, at most 1 % of the pixels visibly different), so a
 * change of the layout fails until the picture is renewed with {@code -Dverme.docs.write=true}, which writes it
 * there instead. What the HTTP API puts on a real certificate is CertificateTest's.
 */
class CertificatePdfTest {

    static final Path DOCS_PICTURE = Path.of("..", "docs", "certificate.png");
    static final Path PICTURE = Path.of("target", "certificate.png");
    static final String CHECK_AT = "https://verme.example.fi/#/todistus/K7QW2M9XHT4C";

    static Certificate participant() {
        return new Certificate("person-1", new ProgrammeYear("seinajoki", "2026-2027"), "Áilu Čđŋšŧž",
                new Participation("Uudet opettajat, ryhmä 1", "UUDET", "Uudet opettajat", "Mervi Mentori, Kalle Komentori",
                        6, "9.0", LocalDate.of(2026, 9, 15), LocalDate.of(2027, 5, 11), 1, 4,
                        ContinuingEducation.VESO_DAYS));
    }

    static Issue issue() {
        return new Issue("Seinäjoen kaupunki", "Seinäjoen kaupunki 2026–2027", List.of("Kaisa Koordinaattori"),
                LocalDate.of(2027, 5, 31), "K7QW2M9XHT4C", CHECK_AT, logo());
    }

    /** A logo as an organiser might upload one: a PNG, wider than high, drawn from shapes alone (no font). */
    static byte[] logo() {
        var image = new BufferedImage(360, 96, BufferedImage.TYPE_INT_ARGB);
        var g = image.createGraphics();
        g.setRenderingHint(java.awt.RenderingHints.KEY_ANTIALIASING, java.awt.RenderingHints.VALUE_ANTIALIAS_ON);
        g.setColor(new java.awt.Color(13, 82, 92));
        g.fillRoundRect(0, 0, 96, 96, 24, 24);
        g.setColor(java.awt.Color.WHITE);
        g.fillOval(18, 18, 60, 60);
        g.setColor(new java.awt.Color(13, 82, 92));
        g.fillRect(112, 20, 230, 20);
        g.fillRect(112, 56, 160, 20);
        g.dispose();
        var out = new java.io.ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", out);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    @Test
    void aCertificateIsTaggedForAssistiveTechnologyInItsLanguage() throws IOException {
        try (var document = Loader.loadPDF(CertificatePdf.render(participant(), issue(), "sv"))) {
            var catalog = document.getDocumentCatalog();
            assertThat(catalog.getMarkInfo().isMarked()).isTrue();
            assertThat(catalog.getLanguage()).isEqualTo("sv");
            assertThat(catalog.getViewerPreferences().displayDocTitle()).isTrue();
            assertThat(document.getDocumentInformation().getTitle())
                    .isEqualTo("Intyg över deltagande i kamratgruppsmentorering: Áilu Čđŋšŧž");
            assertThat(new String(catalog.getMetadata().toByteArray(), StandardCharsets.UTF_8))
                    .contains("<dc:title>", "Intyg över deltagande i kamratgruppsmentorering: Áilu Čđŋšŧž",
                            "<dc:language>", ">sv<");
            var elements = elements(catalog.getStructureTreeRoot());
            assertThat(elements.stream().map(PDStructureElement::getStructureType).distinct())
                    .containsExactly("Document", "P", "H1", "Table", "TR", "TH", "TD", "H2", "Figure", "Link");
            assertThat(elements.stream().filter(e -> e.getStructureType().equals("H1")).findFirst().orElseThrow()
                    .getKids()).hasSize(1);
            assertThat(elements.stream().filter(e -> e.getStructureType().equals("Figure")))
                    .as("the QR code; the logo above the organiser's name is an artifact").hasSize(1);
            var figure = elements.stream().filter(e -> e.getStructureType().equals("Figure")).findFirst().orElseThrow();
            assertThat(figure.getAlternateDescription())
                    .isEqualTo("QR-kod som öppnar sidan för kontroll av intyget " + CHECK_AT);
            var page = document.getPage(0);
            assertThat(page.getStructParents()).isZero();
            var parents = catalog.getStructureTreeRoot().getParentTree().getNumbers();
            assertThat(parents).containsKeys(0, 1);
            var link = (PDAnnotationLink) page.getAnnotations().get(0);
            assertThat(link.getStructParent()).isEqualTo(1);
            assertThat(link.getContents()).isEqualTo(CHECK_AT);
            assertThat(page.getCOSObject().getNameAsString(COSName.getPDFName("Tabs"))).isEqualTo("S");
            var text = new PDFTextStripper().getText(document);
            assertThat(text).contains("Anordnaren Seinäjoen kaupunki intygar att", "Áilu Čđŋšŧž",
                    "Uudet opettajat", "15.9.2026–11.5.2027", "9,0 h", "1 VESO-dag (4 träffar = 1 VESO-dag)",
                    "Utfärdat 31.5.2027", "Ansvarsperson: Kaisa Koordinaattori", "Kontrollkod: K7QW2M9XHT4C");
        }
    }

    @Test
    void aMentorsCertificateNamesTheGroupsThemesAndMeetingsHeld() throws IOException {
        var mentor = new Certificate("person-2", new ProgrammeYear("seinajoki", "2026-2027"), "Mervi Mentori",
                new Mentoring(List.of("Uudet opettajat, ryhmä 1", "K55"), List.of("Uudet opettajat", "K55 – kokeneet"),
                        11, "16.5", LocalDate.of(2026, 9, 15), LocalDate.of(2027, 5, 11)));
        try (var document = Loader.loadPDF(CertificatePdf.render(mentor, issue(), "en"))) {
            assertThat(new PDFTextStripper().getText(document)).contains("Certificate of mentoring a peer group",
                    "mentored a peer group (Verme) as follows:", "Themes", "Uudet opettajat, K55 – kokeneet",
                    "Meetings held", "11", "16,5 h", "Issued on 31.5.2027", "Coordinator: Kaisa Koordinaattori");
        }
    }

    /**
     * A name longer than the line (a double-barrelled surname and more, or one long word) wraps after its hyphens, or
     * where the line ends, instead of running off the page, in a smaller size if it would take more than two lines;
     * all of it is still there.
     */
    @Test
    void aLongNameStaysOnThePage() throws IOException {
        var template = participant();
        for (var holder : List.of("Anna-Maria Virtanen-Korhonen-Mäkelä-Lindqvist-Heikkinen-Savolainen",
                "Hubert Wolfeschlegelsteinhausenbergerdorffwelchevoralternwarengewissenhaftschaferswessen")) {
            var certificate = new Certificate(template.personId(), template.programmeYear(), holder,
                    template.certifies());
            try (var document = Loader.loadPDF(CertificatePdf.render(certificate, issue(), "fi"))) {
                var rightmost = new float[1];
                var stripper = new PDFTextStripper() {
                    @Override
                    protected void writeString(String text, List<TextPosition> positions) throws IOException {
                        positions.forEach(p -> rightmost[0] = Math.max(rightmost[0],
                                p.getXDirAdj() + p.getWidthDirAdj()));
                        super.writeString(text, positions);
                    }
                };
                stripper.setSortByPosition(true);
                var text = stripper.getText(document);
                // The name takes two lines at most, so the text above the check's section ends above it.
                assertThat(text.indexOf("antopäivänä.")).as(holder).isPositive()
                        .isLessThan(text.indexOf("Todistuksen tarkistus"));
                assertThat(rightmost[0]).as(holder).isLessThanOrEqualTo(PDRectangle.A4.getWidth() - 64 + 1);
                assertThat(text.replaceAll("\\s", "")).contains(holder.replaceAll("\\s", ""));
            }
        }
    }

    @Test
    void theCertificatesPictureInDocsIsTheOneItRendersTo() throws IOException {
        var pdf = CertificatePdf.render(participant(), issue(), "fi");
        BufferedImage picture;
        try (var document = Loader.loadPDF(pdf)) {
            picture = render(document);
        }
        Files.createDirectories(PICTURE.getParent());
        Files.write(PICTURE.resolveSibling("certificate.pdf"), pdf);
        ImageIO.write(picture, "png", PICTURE.toFile());
        if (Boolean.getBoolean("verme.docs.write")) {
            ImageIO.write(picture, "png", DOCS_PICTURE.toFile());
            return;
        }
        assertThat(DOCS_PICTURE).as("docs/certificate.png: write it with -Dverme.docs.write=true").exists();
        var kept = ImageIO.read(DOCS_PICTURE.toFile());
        assertThat(new int[] {kept.getWidth(), kept.getHeight()}).containsExactly(picture.getWidth(), picture.getHeight());
        long differing = 0;
        for (int y = 0; y < picture.getHeight(); y++) {
            for (int x = 0; x < picture.getWidth(); x++) {
                if (distance(picture.getRGB(x, y), kept.getRGB(x, y)) > 96) {
                    differing++;
                }
            }
        }
        assertThat(differing).as("pixels that differ from docs/certificate.png (renew it with -Dverme.docs.write=true;"
                + " this run's is target/certificate.png)").isLessThan((long) picture.getWidth() * picture.getHeight() / 100);
    }

    static BufferedImage render(PDDocument document) throws IOException {
        return new PDFRenderer(document).renderImageWithDPI(0, 110);
    }

    private static int distance(int a, int b) {
        int most = 0;
        for (int shift = 0; shift <= 16; shift += 8) {
            most = Math.max(most, Math.abs(((a >> shift) & 0xff) - ((b >> shift) & 0xff)));
        }
        return most;
    }

    private static List<PDStructureElement> elements(PDStructureNode node) {
        var found = new ArrayList<PDStructureElement>();
        for (var kid : node.getKids()) {
            if (kid instanceof PDStructureElement element) {
                found.add(element);
                found.addAll(elements(element));
            }
        }
        return found;
    }
}
