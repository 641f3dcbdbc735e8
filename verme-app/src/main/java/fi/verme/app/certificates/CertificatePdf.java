package fi.verme.app.certificates;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import fi.verme.app.certificates.Certificate.Mentoring;
import fi.verme.app.certificates.Certificate.Participation;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.transform.OutputKeys;
import javax.xml.transform.TransformerException;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdfwriter.compress.CompressParameters;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDMetadata;
import org.apache.pdfbox.pdmodel.common.PDNumberTreeNode;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDMarkInfo;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDObjectReference;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDParentTreeValue;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureNode;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureTreeRoot;
import org.apache.pdfbox.pdmodel.documentinterchange.taggedpdf.PDLayoutAttributeObject;
import org.apache.pdfbox.pdmodel.documentinterchange.taggedpdf.PDTableAttributeObject;
import org.apache.pdfbox.pdmodel.documentinterchange.taggedpdf.StandardStructureTypes;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionURI;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDBorderStyleDictionary;
import org.apache.pdfbox.pdmodel.interactive.viewerpreferences.PDViewerPreferences;
import org.springframework.core.io.ClassPathResource;
import org.w3c.dom.Element;

/**
 * A certificate in the reader's language on one A4 page, made with PDFBox: who issues it (the organiser), its
 * title, whose it is, what it certifies as a table of labels and values, the continuing-education wording the
 * year's rules give, the date of issue and the coordinators, and how to check it: a QR code and the address
 * of the check page with the code.
 *
 * <p>Made to be read by everyone: the text is in DejaVu Sans, embedded (as a subset), which has every letter of
 * Finnish, Swedish and the Sámi languages; the PDF is tagged (a structure tree of headings, paragraphs, a table
 * with row headers, the QR code as a figure with its alternative text and the address as a link, the document's
 * language, its title shown instead of the file name), and what only decorates is marked as an artifact (the
 * rules, and the organiser's logo when it has one, above its name).
 */
final class CertificatePdf {

    static final List<String> LANGUAGES = List.of("fi", "sv", "en");

    /**
     * Who issues the certificate and where it is checked. {@code organiser}: the organiser's name as the reader
     * reads it; {@code programme}: the programme year's title; {@code coordinators}: their names, none to leave
     * the line out; {@code checkAt}: the page that checks {@code code}; {@code logo}: the organiser's logo (PNG or
     * JPEG, as its register keeps it), or null for none.
     */
    record Issue(String organiser, String programme, List<String> coordinators, LocalDate issuedOn, String code,
                 String checkAt, byte[] logo) {
    }

    private static final byte[] REGULAR = resource("certificates/fonts/DejaVuSans.ttf");
    private static final byte[] BOLD = resource("certificates/fonts/DejaVuSans-Bold.ttf");
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d.M.uuuu");

    private static final float LEFT = 64;
    private static final float WIDTH = PDRectangle.A4.getWidth() - 2 * LEFT;
    private static final float VALUE_COLUMN = LEFT + 170;
    private static final float QR_SIZE = 108;
    /** The box the organiser's logo is scaled to fit, at the top left of the page. */
    private static final float LOGO_WIDTH = 180;
    private static final float LOGO_HEIGHT = 48;
    private static final float LOGO_TOP = PDRectangle.A4.getHeight() - 36;
    private static final float[] ACCENT = {0.05f, 0.32f, 0.36f};
    private static final float[] LINK = {0.0f, 0.27f, 0.62f};
    private static final float[] RULE = {0.8f, 0.84f, 0.85f};

    private CertificatePdf() {
    }

    /** {@code language}: one of {@link #LANGUAGES}. */
    static byte[] render(Certificate certificate, Issue issue, String language) {
        var words = Words.of(language);
        var title = words.get("title." + certificate.kind().word());
        try (var document = new PDDocument(); var out = new ByteArrayOutputStream()) {
            // PDF 1.7 (ISO 32000-1): the page's /Tabs is 1.5's.
            document.setVersion(1.7f);
            var page = new PDPage(PDRectangle.A4);
            document.addPage(page);
            var regular = PDType0Font.load(document, new ByteArrayInputStream(REGULAR), true);
            var bold = PDType0Font.load(document, new ByteArrayInputStream(BOLD), true);
            var tree = new PDStructureTreeRoot();
            var root = new PDStructureElement(StandardStructureTypes.DOCUMENT, tree);
            tree.appendKid(root);
            try (var content = new PDPageContentStream(document, page)) {
                var tagged = new TaggedPage(document, page, content, regular, bold);
                write(tagged, root, certificate, issue, words, title);
                tagged.finish(tree);
            }
            describe(document, tree, title + ": " + certificate.holder(), issue.organiser(), language);
            // PDFBox's object streams give an xref /Size that qpdf warns about (one more than the objects
            // written); a classic cross-reference table is exact, and the fonts' streams are compressed anyway.
            document.save(out, CompressParameters.NO_COMPRESSION);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void write(TaggedPage out, PDStructureElement root, Certificate certificate, Issue issue,
                              Words words, String title) throws IOException {
        float y = PDRectangle.A4.getHeight() - 60;
        if (issue.logo() != null) {
            y = out.logo(issue.logo(), LEFT, LOGO_TOP, LOGO_WIDTH, LOGO_HEIGHT) - 24;
        }
        out.color(ACCENT);
        out.paragraph(root, StandardStructureTypes.P, out.bold, 12, LEFT, y, WIDTH, issue.organiser());
        out.rule(LEFT, y - 12, WIDTH, 1.5f);
        out.color(null);
        y = out.paragraph(root, StandardStructureTypes.H1, out.bold, 20, LEFT, y - 50, WIDTH, title) - 34;
        y = out.paragraph(root, StandardStructureTypes.P, out.regular, 11, LEFT, y, WIDTH,
                words.get("lead", issue.organiser())) - 32;
        y = out.paragraph(root, StandardStructureTypes.P, out.bold, nameSize(out.bold, certificate.holder()), LEFT, y,
                WIDTH, certificate.holder()) - 26;
        y = out.paragraph(root, StandardStructureTypes.P, out.regular, 11, LEFT, y, WIDTH,
                words.get("did." + certificate.kind().word())) - 28;

        var table = out.element(root, StandardStructureTypes.TABLE);
        for (var row : rows(certificate, issue, words)) {
            y = out.row(table, LEFT, VALUE_COLUMN, y, row[0], row[1]);
            out.color(RULE);
            out.rule(LEFT, y - 7, WIDTH, 0.5f);
            out.color(null);
            y -= 22;
        }

        y = out.paragraph(root, StandardStructureTypes.P, out.regular, 11, LEFT, y - 8, WIDTH,
                words.get("issued", DATE.format(issue.issuedOn())));
        if (!issue.coordinators().isEmpty()) {
            y = out.paragraph(root, StandardStructureTypes.P, out.regular, 11, LEFT, y - 18, WIDTH,
                    words.get(issue.coordinators().size() == 1 ? "coordinator" : "coordinators",
                            String.join(", ", issue.coordinators())));
        }
        out.color(new float[] {0.3f, 0.3f, 0.3f});
        out.paragraph(root, StandardStructureTypes.P, out.regular, 8.5f, LEFT, y - 22, WIDTH, words.get("unsigned"));
        out.color(null);

        // How to check it, at the foot of the page: the QR code beside the address and the code.
        float top = 60 + QR_SIZE + 42;
        out.color(ACCENT);
        out.rule(LEFT, top + 14, WIDTH, 0.75f);
        out.paragraph(root, StandardStructureTypes.H2, out.bold, 12, LEFT, top - 6, WIDTH, words.get("check.heading"));
        out.color(null);
        out.qr(root, issue.checkAt(), LEFT, 60, QR_SIZE, words.get("check.qr", issue.checkAt()));
        float textLeft = LEFT + QR_SIZE + 20;
        float textWidth = WIDTH - QR_SIZE - 20;
        float line = out.paragraph(root, StandardStructureTypes.P, out.regular, 10, textLeft, 60 + QR_SIZE - 12,
                textWidth, words.get("check.how")) - 18;
        line = out.link(root, textLeft, line, textWidth, issue.checkAt()) - 20;
        out.paragraph(root, StandardStructureTypes.P, out.bold, 11, textLeft, line, textWidth,
                words.get("check.code", issue.code()));
    }

    /** The table's rows: label and value. */
    private static List<String[]> rows(Certificate certificate, Issue issue, Words words) {
        var rows = new ArrayList<String[]>();
        rows.add(new String[] {words.get("programme"), issue.programme()});
        if (certificate.certifies() instanceof Participation p) {
            rows.add(new String[] {words.get("theme"), p.themeName()});
            rows.add(new String[] {words.get("group"), p.group()});
            if (!p.mentors().isEmpty()) {
                rows.add(new String[] {words.get("mentor"), p.mentors()});
            }
            rows.add(new String[] {words.get("period"), period(p.firstMeeting(), p.lastMeeting(), words)});
            rows.add(new String[] {words.get("meetings"), String.valueOf(p.meetings())});
            rows.add(new String[] {words.get("hours"), words.get("hoursValue", decimalComma(p.hours()))});
            if (p.continuingEducation() != null) {
                rows.add(new String[] {words.get("continuingEducation"), words.get("continuingEducation."
                        + p.continuingEducation().name(), p.vesoDays(), p.meetingsPerVesoDay())});
            }
        } else if (certificate.certifies() instanceof Mentoring m) {
            rows.add(new String[] {words.get(m.themeNames().size() == 1 ? "theme" : "themes"),
                    String.join(", ", m.themeNames())});
            rows.add(new String[] {words.get("groups"), String.join(", ", m.groups())});
            rows.add(new String[] {words.get("period"), period(m.firstMeeting(), m.lastMeeting(), words)});
            rows.add(new String[] {words.get("meetingsHeld"), String.valueOf(m.meetings())});
            rows.add(new String[] {words.get("hours"), words.get("hoursValue", decimalComma(m.hours()))});
        }
        return rows;
    }

    /** {@code 15.9.2026–12.5.2027}, one date for one day, and a word for none. */
    private static String period(LocalDate first, LocalDate last, Words words) {
        if (first == null) {
            return words.get("noMeetings");
        }
        return first.equals(last) ? DATE.format(first) : DATE.format(first) + "–" + DATE.format(last);
    }

    /** Figures on the page are written the Finnish way in every language, as everywhere in Verme. */
    private static String decimalComma(String number) {
        return number.replace('.', ',');
    }

    /**
     * The document's title (shown instead of its file name), author, language, the tags' mark, and the same
     * title and language in its XMP metadata.
     */
    private static void describe(PDDocument document, PDStructureTreeRoot tree, String title, String organiser,
                                 String language) throws IOException {
        var info = document.getDocumentInformation();
        info.setTitle(title);
        info.setAuthor(organiser);
        info.setCreator("Verme");
        var catalog = document.getDocumentCatalog();
        catalog.setStructureTreeRoot(tree);
        catalog.setLanguage(language);
        var marked = new PDMarkInfo();
        marked.setMarked(true);
        catalog.setMarkInfo(marked);
        var preferences = new PDViewerPreferences(new COSDictionary());
        preferences.setDisplayDocTitle(true);
        catalog.setViewerPreferences(preferences);
        var metadata = new PDMetadata(document);
        metadata.importXMPMetadata(xmp(title, language));
        catalog.setMetadata(metadata);
    }

    /** An XMP packet with the Dublin Core title and language, written by the JDK's XML writer (which escapes). */
    private static byte[] xmp(String title, String language) {
        try {
            var factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            var xml = factory.newDocumentBuilder().newDocument();
            var rdfNs = "http://www.w3.org/1999/02/22-rdf-syntax-ns#";
            var dcNs = "http://purl.org/dc/elements/1.1/";
            xml.appendChild(xml.createProcessingInstruction("xpacket",
                    "begin=\"\uFEFF\" id=\"W5M0MpCehiHzreSzNTczkc9d\""));
            var meta = xml.createElementNS("adobe:ns:meta/", "x:xmpmeta");
            meta.setAttributeNS(XMLConstants.XMLNS_ATTRIBUTE_NS_URI, "xmlns:x", "adobe:ns:meta/");
            xml.appendChild(meta);
            var rdf = (Element) meta.appendChild(xml.createElementNS(rdfNs, "rdf:RDF"));
            rdf.setAttributeNS(XMLConstants.XMLNS_ATTRIBUTE_NS_URI, "xmlns:rdf", rdfNs);
            var description = (Element) rdf.appendChild(xml.createElementNS(rdfNs, "rdf:Description"));
            description.setAttributeNS(rdfNs, "rdf:about", "");
            description.setAttributeNS(XMLConstants.XMLNS_ATTRIBUTE_NS_URI, "xmlns:dc", dcNs);
            var alt = description.appendChild(xml.createElementNS(dcNs, "dc:title"))
                    .appendChild(xml.createElementNS(rdfNs, "rdf:Alt"));
            var titleItem = (Element) alt.appendChild(xml.createElementNS(rdfNs, "rdf:li"));
            titleItem.setAttributeNS(XMLConstants.XML_NS_URI, "xml:lang", "x-default");
            titleItem.setTextContent(title);
            description.appendChild(xml.createElementNS(dcNs, "dc:language"))
                    .appendChild(xml.createElementNS(rdfNs, "rdf:Bag"))
                    .appendChild(xml.createElementNS(rdfNs, "rdf:li")).setTextContent(language);
            xml.appendChild(xml.createProcessingInstruction("xpacket", "end=\"w\""));
            var out = new ByteArrayOutputStream();
            var writer = TransformerFactory.newInstance().newTransformer();
            writer.setOutputProperty(OutputKeys.OMIT_XML_DECLARATION, "yes");
            writer.setOutputProperty(OutputKeys.ENCODING, "UTF-8");
            writer.transform(new DOMSource(xml), new StreamResult(out));
            return out.toByteArray();
        } catch (ParserConfigurationException | TransformerException e) {
            throw new IllegalStateException("The JDK writes XML", e);
        }
    }

    private static byte[] resource(String path) {
        try (var in = new ClassPathResource(path).getInputStream()) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The certificate's words in one language ({@code certificates/labels.<language>.properties}). */
    private record Words(Properties texts, Locale locale) {

        static Words of(String language) {
            var properties = new Properties();
            try (var reader = new InputStreamReader(new ClassPathResource("certificates/labels." + language
                    + ".properties").getInputStream(), StandardCharsets.UTF_8)) {
                properties.load(reader);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return new Words(properties, Locale.forLanguageTag(language));
        }

        String get(String key, Object... arguments) {
            var text = texts.getProperty(key);
            if (text == null) {
                throw new IllegalStateException("No certificate label " + key + " in " + locale);
            }
            return arguments.length == 0 ? text : new MessageFormat(text, locale).format(arguments);
        }
    }

    /**
     * One page being written and tagged at once: each piece of content is a marked-content sequence whose MCID
     * its structure element names, and the parent tree maps the MCIDs back; decoration is an artifact.
     */
    private static final class TaggedPage {

        /** The parent tree's key of the page's content and of the link annotation. */
        private static final int PAGE_KEY = 0;
        private static final int LINK_KEY = 1;

        private final PDDocument document;
        private final PDPage page;
        private final PDPageContentStream content;
        final PDFont regular;
        final PDFont bold;
        private final List<PDStructureElement> byMcid = new ArrayList<>();
        private PDStructureElement link;

        TaggedPage(PDDocument document, PDPage page, PDPageContentStream content, PDFont regular, PDFont bold) {
            this.document = document;
            this.page = page;
            this.content = content;
            this.regular = regular;
            this.bold = bold;
        }

        PDStructureElement element(PDStructureNode parent, String type) {
            var element = new PDStructureElement(type, parent);
            element.setPage(page);
            parent.appendKid(element);
            return element;
        }

        /** The fill colour from now on (RGB), or black for null. */
        void color(float[] rgb) throws IOException {
            if (rgb == null) {
                content.setNonStrokingColor(0f, 0f, 0f);
            } else {
                content.setNonStrokingColor(rgb[0], rgb[1], rgb[2]);
            }
        }

        /**
         * Writes text as a new element of the type, wrapped to the width, its first baseline at {@code y}:
         * the baseline of its last line.
         */
        float paragraph(PDStructureNode parent, String type, PDFont font, float size, float x, float y, float width,
                        String text) throws IOException {
            return lines(element(parent, type), font, size, x, y, wrap(font, size, text, width));
        }

        /** A row of the table: the label as a row header, the value as its cell; the lowest baseline. */
        float row(PDStructureElement table, float labelX, float valueX, float y, String label, String value)
                throws IOException {
            var row = element(table, StandardStructureTypes.TR);
            var header = element(row, StandardStructureTypes.TH);
            var scope = new PDTableAttributeObject();
            scope.setScope(PDTableAttributeObject.SCOPE_ROW);
            header.addAttribute(scope);
            float labelEnd = lines(header, bold, 10, labelX, y, wrap(bold, 10, label, valueX - labelX - 12));
            float valueEnd = lines(element(row, StandardStructureTypes.TD), regular, 10.5f, valueX, y,
                    wrap(regular, 10.5f, value, LEFT + WIDTH - valueX));
            return Math.min(labelEnd, valueEnd);
        }

        /** The address as a link: its text in a Link element with the annotation that opens it. */
        float link(PDStructureNode parent, float x, float y, float width, String url) throws IOException {
            float size = 10;
            while (size > 6 && regular.getStringWidth(printable(regular, url)) / 1000 * size > width) {
                size -= 0.5f;
            }
            link = element(element(parent, StandardStructureTypes.P), StandardStructureTypes.LINK);
            color(LINK);
            lines(link, regular, size, x, y, List.of(printable(regular, url)));
            color(null);
            var annotation = new PDAnnotationLink();
            float textWidth = regular.getStringWidth(printable(regular, url)) / 1000 * size;
            annotation.setRectangle(new PDRectangle(x, y - size * 0.3f, textWidth, size * 1.3f));
            var action = new PDActionURI();
            action.setURI(url);
            annotation.setAction(action);
            var border = new PDBorderStyleDictionary();
            border.setWidth(0);
            annotation.setBorderStyle(border);
            annotation.setContents(url);
            annotation.setPrinted(true);
            annotation.setStructParent(LINK_KEY);
            page.getAnnotations().add(annotation);
            var reference = new PDObjectReference();
            reference.setReferencedObject(annotation);
            reference.setPage(page);
            link.appendKid(reference);
            // Annotations in the order of the structure, for a keyboard's tab.
            page.getCOSObject().setName(COSName.getPDFName("Tabs"), "S");
            return y;
        }

        /** The QR code of the text, drawn as squares (one path), as a Figure whose alternative text is given. */
        void qr(PDStructureNode parent, String text, float x, float y, float size, String alternative)
                throws IOException {
            BitMatrix matrix;
            try {
                matrix = new QRCodeWriter().encode(text, BarcodeFormat.QR_CODE, 0, 0,
                        Map.of(EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M, EncodeHintType.MARGIN, 0,
                                EncodeHintType.CHARACTER_SET, "UTF-8"));
            } catch (WriterException e) {
                throw new IllegalStateException("The address does not fit a QR code: " + text, e);
            }
            var figure = element(parent, StandardStructureTypes.Figure);
            figure.setAlternateDescription(alternative);
            var layout = new PDLayoutAttributeObject();
            layout.setPlacement(PDLayoutAttributeObject.PLACEMENT_BLOCK);
            layout.setBBox(new PDRectangle(x, y, size, size));
            figure.addAttribute(layout);
            begin(figure);
            float module = size / matrix.getWidth();
            for (int row = 0; row < matrix.getHeight(); row++) {
                for (int column = 0; column < matrix.getWidth(); column++) {
                    if (matrix.get(column, row)) {
                        int start = column;
                        while (column + 1 < matrix.getWidth() && matrix.get(column + 1, row)) {
                            column++;
                        }
                        content.addRect(x + start * module, y + size - (row + 1) * module,
                                (column - start + 1) * module, module);
                    }
                }
            }
            content.fill();
            content.endMarkedContent();
        }

        /**
         * The organiser's logo scaled to fit the box under {@code top}, keeping its proportions; where its bottom
         * is. An artifact, as PDF/UA asks of what adds nothing to the content read: the organiser's name is the
         * text right below it, so a screen reader would otherwise read the name twice (WCAG's redundant image).
         */
        float logo(byte[] image, float x, float top, float width, float height) throws IOException {
            var picture = PDImageXObject.createFromByteArray(document, image, "logo");
            float scale = Math.min(width / picture.getWidth(), height / picture.getHeight());
            float drawnWidth = picture.getWidth() * scale;
            float drawnHeight = picture.getHeight() * scale;
            content.beginMarkedContent(COSName.ARTIFACT);
            content.drawImage(picture, x, top - drawnHeight, drawnWidth, drawnHeight);
            content.endMarkedContent();
            return top - drawnHeight;
        }

        /** A line that only decorates: an artifact, no part of the structure. */
        void rule(float x, float y, float width, float thickness) throws IOException {
            content.beginMarkedContent(COSName.ARTIFACT);
            content.addRect(x, y, width, thickness);
            content.fill();
            content.endMarkedContent();
        }

        /** The parent tree: the page's MCIDs to their elements, the link annotation to its Link element. */
        void finish(PDStructureTreeRoot tree) {
            var numbers = new HashMap<Integer, PDParentTreeValue>();
            var elements = new COSArray();
            byMcid.forEach(elements::add);
            numbers.put(PAGE_KEY, new PDParentTreeValue(elements));
            if (link != null) {
                numbers.put(LINK_KEY, new PDParentTreeValue(link.getCOSObject()));
            }
            var parents = new PDNumberTreeNode(PDParentTreeValue.class);
            parents.setNumbers(numbers);
            tree.setParentTree(parents);
            tree.setParentTreeNextKey(LINK_KEY + 1);
            page.setStructParents(PAGE_KEY);
        }

        private float lines(PDStructureElement element, PDFont font, float size, float x, float y, List<String> lines)
                throws IOException {
            begin(element);
            content.beginText();
            content.setFont(font, size);
            content.setLeading(size * 1.35f);
            content.newLineAtOffset(x, y);
            for (int i = 0; i < lines.size(); i++) {
                if (i > 0) {
                    content.newLine();
                }
                content.showText(lines.get(i));
            }
            content.endText();
            content.endMarkedContent();
            return y - (lines.size() - 1) * size * 1.35f;
        }

        private void begin(PDStructureElement element) throws IOException {
            int mcid = byMcid.size();
            content.beginMarkedContent(COSName.getPDFName(element.getStructureType()), mcid);
            element.appendKid(mcid);
            byMcid.add(element);
        }
    }

    /** The holder's name as large as it can be, 22 points or less, on two lines at most (12 points at the least). */
    private static float nameSize(PDFont font, String name) throws IOException {
        float size = 22;
        while (size > 12 && wrap(font, size, name, WIDTH).size() > 2) {
            size--;
        }
        return size;
    }

    /**
     * The text wrapped at spaces to the width, each line printable in the font. A word wider than the line (a long
     * double-barrelled name) is broken after its hyphens, and a part still too wide where the line ends.
     */
    private static List<String> wrap(PDFont font, float size, String text, float width) throws IOException {
        var pieces = new ArrayList<String>();
        for (var word : printable(font, text == null ? "" : text).split(" ")) {
            pieces.addAll(pieces(font, size, word, width));
        }
        return pack(font, size, pieces, " ", width);
    }

    /**
     * The word in pieces that each fit the width, as long as they can be: joined after hyphens, and a part with none
     * cut by characters. Two pieces together never fit, so no line holds two pieces of one word.
     */
    private static List<String> pieces(PDFont font, float size, String word, float width) throws IOException {
        if (width(font, size, word) <= width) {
            return List.of(word);
        }
        var parts = new ArrayList<String>();
        for (var part : word.split("(?<=-)")) {
            parts.addAll(width(font, size, part) <= width ? List.of(part)
                    : pack(font, size, part.codePoints().mapToObj(Character::toString).toList(), "", width));
        }
        return pack(font, size, parts, "", width);
    }

    /** The units in order, as many on each line as fit the width with the separator between them (at least one). */
    private static List<String> pack(PDFont font, float size, List<String> units, String separator, float width)
            throws IOException {
        var lines = new ArrayList<String>();
        var line = new StringBuilder();
        for (var unit : units) {
            if (!line.isEmpty() && width(font, size, line + separator + unit) > width) {
                lines.add(line.toString());
                line.setLength(0);
            } else if (!line.isEmpty()) {
                line.append(separator);
            }
            line.append(unit);
        }
        lines.add(line.toString());
        return lines;
    }

    private static float width(PDFont font, float size, String text) throws IOException {
        return font.getStringWidth(text) / 1000 * size;
    }

    /**
     * The text with white space as plain spaces, and a question mark for a character the font has no glyph
     * for (a name in a script DejaVu Sans lacks), so that one such letter never costs the whole certificate.
     */
    private static String printable(PDFont font, String text) {
        var out = new StringBuilder(text.length());
        text.codePoints().forEach(point -> {
            var character = Character.isWhitespace(point) ? " " : new String(Character.toChars(point));
            try {
                font.encode(character);
                out.append(character);
            } catch (IllegalArgumentException | IOException e) {
                out.append('?');
            }
        });
        return out.toString();
    }
}
