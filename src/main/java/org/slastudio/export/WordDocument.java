package org.slastudio.export;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Objects;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.slastudio.model.Agreement;
import org.slastudio.model.Party;
import org.slastudio.store.Draft;

/**
 * Exports an agreement as a Word document (.docx) with the content and order of the PDF: title page, a contents field,
 * headings and clauses on named styles numbered by Word, real tables, a header with the title and a footer with the
 * version, the fingerprint and "Page X of Y", a DRAFT watermark unless it is a final copy. Every term of the draft sits
 * in a content control tagged with its place in the draft, so that the document can be read back when it returns.
 *
 * <p>The package is written directly (ADR 0019): it is a handful of XML parts, and writing them ourselves keeps an
 * export quick to start and the installer small; the tests read the documents back with Apache POI and validate them
 * against the OOXML schema it ships.
 */
public final class WordDocument {
    /** The custom document property that names the draft a document was exported from. */
    public static final String FINGERPRINT_PROPERTY = "SLA Studio fingerprint";

    private WordDocument() {
    }

    public static ExportResult write(Agreement agreement, ExportOptions options, OutputStream out) throws IOException {
        return write(Draft.of(agreement), options, out);
    }

    public static ExportResult write(Draft draft, ExportOptions options, OutputStream out) throws IOException {
        Objects.requireNonNull(options, "options");
        Blocks blocks = blocks(draft, options);
        String fingerprint = fingerprint(draft);
        write(blocks.blocks(), new Package(title(blocks.blocks()), draft.agreement(), fingerprint, options), null, out);
        return new ExportResult(0, fingerprint);
    }

    /**
     * Writes the next round as a Word document whose differences from ours are tracked changes by {@code author},
     * dated when {@code options} says the copy is issued: the other side sees them in Word's Review pane and accepts
     * or rejects each. The document is the next round's (its fingerprint and tags), so it reads back against it.
     */
    public static ExportResult writeRedline(Draft ours, Draft next, String author, ExportOptions options, OutputStream out)
            throws IOException {
        Objects.requireNonNull(options, "options");
        ExportOptions dated = options.issued() != null ? options : options.issuedAt(java.time.ZonedDateTime.now());
        List<Blocks.Block> merged = TrackedChanges.between(blocks(ours, dated).blocks(), blocks(next, dated).blocks());
        String fingerprint = fingerprint(next);
        write(merged, new Package(title(merged), next.agreement(), fingerprint, dated),
                new WordXml.Author(author, dated.issued()), out);
        return new ExportResult(0, fingerprint);
    }

    /** The fingerprint a Word document of the draft carries, as its title page and properties give it. */
    public static String fingerprint(Draft draft) {
        return Fingerprint.shortOf(AgreementPdf.withoutNegotiation(draft));
    }

    /** The agreement's blocks in contract order, as the PDF sets them on pages. */
    static Blocks blocks(Draft draft, ExportOptions options) {
        Objects.requireNonNull(draft, "draft");
        Draft signed = AgreementPdf.withoutNegotiation(draft);
        AgreementDocument content = new AgreementDocument(signed.agreement(), options, Fingerprint.shortOf(signed));
        Blocks blocks = new Blocks();
        content.build(blocks);
        return blocks;
    }

    /** The title the cover gives the agreement. */
    static String title(List<Blocks.Block> blocks) {
        return blocks.stream().filter(b -> b instanceof Blocks.CoverBlock).map(b -> ((Blocks.CoverBlock) b).cover().title())
                .findFirst().orElse("Service Level Agreement");
    }

    /** What the document's furniture and properties say. */
    record Package(String title, Agreement agreement, String fingerprint, ExportOptions options) {
    }

    static void write(List<Blocks.Block> blocks, Package p, WordXml.Author author, OutputStream out) throws IOException {
        String version = org.slastudio.export.Wording.text(p.agreement().overview() == null ? null : p.agreement().overview().version());
        ZipOutputStream zip = new ZipOutputStream(out, StandardCharsets.UTF_8);
        part(zip, "[Content_Types].xml", CONTENT_TYPES);
        part(zip, "_rels/.rels", PACKAGE_RELATIONSHIPS);
        part(zip, "word/_rels/document.xml.rels", DOCUMENT_RELATIONSHIPS);
        part(zip, "word/document.xml", new WordBody(Blocks.headings(blocks), author).write(blocks));
        part(zip, "word/styles.xml", WordStyles.styles());
        part(zip, "word/numbering.xml", WordStyles.numbering());
        part(zip, "word/settings.xml", settings());
        boolean watermark = p.options().draftMark();
        part(zip, "word/header1.xml", header(p.title(), watermark));
        part(zip, "word/header2.xml", header(null, watermark));
        part(zip, "word/footer1.xml", footer("Version " + version + "   ·   Fingerprint " + p.fingerprint()));
        part(zip, "word/footer2.xml", footer(null));
        part(zip, "docProps/core.xml", core(p));
        part(zip, "docProps/app.xml", "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<Properties xmlns="
                + "\"http://schemas.openxmlformats.org/officeDocument/2006/extended-properties\"><Application>SLA Studio"
                + "</Application></Properties>");
        part(zip, "docProps/custom.xml", "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<Properties xmlns="
                + "\"http://schemas.openxmlformats.org/officeDocument/2006/custom-properties\" xmlns:vt=\"http://schemas."
                + "openxmlformats.org/officeDocument/2006/docPropsVTypes\"><property fmtid=\"{D5CDD505-2E9C-101B-9397-08002B2CF9AE}\""
                + " pid=\"2\" name=\"" + FINGERPRINT_PROPERTY + "\"><vt:lpwstr>" + p.fingerprint() + "</vt:lpwstr></property>"
                + "</Properties>");
        zip.finish();
        out.flush();
    }

    private static void part(ZipOutputStream zip, String name, String xml) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(xml.getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
    }

    private static String settings() {
        // Word brings the contents field (and its page numbers) up to date when the document is opened.
        return "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<w:settings" + WordXml.NAMESPACES + ">"
                + "<w:defaultTabStop w:val=\"720\"/><w:characterSpacingControl w:val=\"doNotCompress\"/><w:updateFields w:val=\"true\"/>"
                + "<w:compat><w:compatSetting w:name=\"compatibilityMode\" w:uri=\"http://schemas.microsoft.com/office/word\""
                + " w:val=\"15\"/></w:compat></w:settings>";
    }

    private static String header(String title, boolean watermark) {
        StringBuilder s = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<w:hdr")
                .append(WordXml.NAMESPACES).append("><w:p><w:pPr><w:pStyle w:val=\"Header\"/></w:pPr>");
        if (watermark) {
            s.append(WATERMARK);
        }
        if (title != null) {
            s.append("<w:r><w:t xml:space=\"preserve\">").append(WordXml.escape(title)).append("</w:t></w:r>");
        }
        return s.append("</w:p></w:hdr>").toString();
    }

    private static String footer(String furniture) {
        StringBuilder s = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<w:ftr")
                .append(WordXml.NAMESPACES).append("><w:p><w:pPr><w:pStyle w:val=\"Footer\"/></w:pPr>");
        if (furniture != null) {
            s.append("<w:r><w:t xml:space=\"preserve\">").append(WordXml.escape(furniture)).append("</w:t></w:r><w:r><w:tab/>")
                    .append("<w:t xml:space=\"preserve\">Page </w:t></w:r><w:fldSimple w:instr=\" PAGE \"><w:r><w:t>1</w:t></w:r>")
                    .append("</w:fldSimple><w:r><w:t xml:space=\"preserve\"> of </w:t></w:r><w:fldSimple w:instr=\" NUMPAGES \">")
                    .append("<w:r><w:t>1</w:t></w:r></w:fldSimple>");
        }
        return s.append("</w:p></w:ftr>").toString();
    }

    private static String core(Package p) {
        List<String> parties = p.agreement().parties().stream().filter(Objects::nonNull).map(Party::legalName)
                .filter(Objects::nonNull).toList();
        ZonedDateTime issued = p.options().issued() != null ? p.options().issued() : ZonedDateTime.now();
        String when = issued.withNano(0).toInstant().toString();
        return "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<cp:coreProperties xmlns:cp=\"http://schemas."
                + "openxmlformats.org/package/2006/metadata/core-properties\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\""
                + " xmlns:dcterms=\"http://purl.org/dc/terms/\" xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\">"
                + "<dc:title>" + WordXml.escape(p.title()) + "</dc:title><dc:subject>" + WordXml.escape("Service level agreement between "
                + Wording.list(parties)) + "</dc:subject><dc:creator>" + WordXml.escape(String.join(", ", parties))
                + "</dc:creator><cp:keywords>service level agreement, SLA</cp:keywords>"
                + "<dcterms:created xsi:type=\"dcterms:W3CDTF\">" + when + "</dcterms:created>"
                + "<dcterms:modified xsi:type=\"dcterms:W3CDTF\">" + when + "</dcterms:modified></cp:coreProperties>";
    }

    private static final String CONTENT_TYPES = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
            + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
            + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
            + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
            + override("/word/document.xml", "wordprocessingml.document.main")
            + override("/word/styles.xml", "wordprocessingml.styles")
            + override("/word/numbering.xml", "wordprocessingml.numbering")
            + override("/word/settings.xml", "wordprocessingml.settings")
            + override("/word/header1.xml", "wordprocessingml.header")
            + override("/word/header2.xml", "wordprocessingml.header")
            + override("/word/footer1.xml", "wordprocessingml.footer")
            + override("/word/footer2.xml", "wordprocessingml.footer")
            + "<Override PartName=\"/docProps/core.xml\" ContentType=\"application/vnd.openxmlformats-package.core-properties+xml\"/>"
            + override("/docProps/app.xml", "extended-properties")
            + override("/docProps/custom.xml", "custom-properties")
            + "</Types>";

    private static String override(String part, String type) {
        return "<Override PartName=\"" + part + "\" ContentType=\"application/vnd.openxmlformats-officedocument." + type + "+xml\"/>";
    }

    private static final String RELATIONSHIP = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/";

    private static final String PACKAGE_RELATIONSHIPS = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
            + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
            + "<Relationship Id=\"rId1\" Type=\"" + RELATIONSHIP + "officeDocument\" Target=\"word/document.xml\"/>"
            + "<Relationship Id=\"rId2\" Type=\"http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties\""
            + " Target=\"docProps/core.xml\"/>"
            + "<Relationship Id=\"rId3\" Type=\"" + RELATIONSHIP + "extended-properties\" Target=\"docProps/app.xml\"/>"
            + "<Relationship Id=\"rId4\" Type=\"" + RELATIONSHIP + "custom-properties\" Target=\"docProps/custom.xml\"/>"
            + "</Relationships>";

    private static final String DOCUMENT_RELATIONSHIPS = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
            + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
            + "<Relationship Id=\"rIdStyles\" Type=\"" + RELATIONSHIP + "styles\" Target=\"styles.xml\"/>"
            + "<Relationship Id=\"rIdNumbering\" Type=\"" + RELATIONSHIP + "numbering\" Target=\"numbering.xml\"/>"
            + "<Relationship Id=\"rIdSettings\" Type=\"" + RELATIONSHIP + "settings\" Target=\"settings.xml\"/>"
            + "<Relationship Id=\"rIdHeader\" Type=\"" + RELATIONSHIP + "header\" Target=\"header1.xml\"/>"
            + "<Relationship Id=\"rIdFirstHeader\" Type=\"" + RELATIONSHIP + "header\" Target=\"header2.xml\"/>"
            + "<Relationship Id=\"rIdFooter\" Type=\"" + RELATIONSHIP + "footer\" Target=\"footer1.xml\"/>"
            + "<Relationship Id=\"rIdFirstFooter\" Type=\"" + RELATIONSHIP + "footer\" Target=\"footer2.xml\"/>"
            + "</Relationships>";

    /** Word's own shape for a watermark: a word of text set diagonally, pale, behind the page. */
    private static final String WATERMARK = "<w:r><w:pict><v:shapetype id=\"_x0000_t136\" coordsize=\"21600,21600\" o:spt=\"136\""
            + " adj=\"10800\" path=\"m@7,l@8,m@5,21600l@6,21600e\"><v:formulas><v:f eqn=\"sum #0 0 10800\"/><v:f eqn=\"prod #0 2 1\"/>"
            + "<v:f eqn=\"sum 21600 0 @1\"/><v:f eqn=\"sum 0 0 @2\"/><v:f eqn=\"sum 21600 0 @3\"/><v:f eqn=\"if @0 @3 0\"/>"
            + "<v:f eqn=\"if @0 21600 @1\"/><v:f eqn=\"if @0 0 @2\"/><v:f eqn=\"if @0 @4 21600\"/><v:f eqn=\"mid @5 @6\"/>"
            + "<v:f eqn=\"mid @8 @5\"/><v:f eqn=\"mid @7 @8\"/><v:f eqn=\"mid @6 @7\"/><v:f eqn=\"sum @6 0 @5\"/></v:formulas>"
            + "<v:path textpathok=\"t\" o:connecttype=\"custom\" o:connectlocs=\"@9,0;@10,10800;@11,21600;@12,10800\""
            + " o:connectangles=\"270,180,90,0\"/><v:textpath on=\"t\" fitshape=\"t\"/><o:lock v:ext=\"edit\" text=\"t\""
            + " shapetype=\"t\"/></v:shapetype><v:shape id=\"DraftWatermark\" o:spid=\"_x0000_s2049\" type=\"#_x0000_t136\""
            + " style=\"position:absolute;margin-left:0;margin-top:0;width:400pt;height:130pt;rotation:315;z-index:-251657216;"
            + "mso-position-horizontal:center;mso-position-horizontal-relative:margin;mso-position-vertical:center;"
            + "mso-position-vertical-relative:margin\" o:allowincell=\"f\" fillcolor=\"#d8d8d8\" stroked=\"f\">"
            + "<v:fill opacity=\".5\"/><v:textpath style=\"font-family:&quot;" + WordStyles.SANS + "&quot;;font-size:1pt\""
            + " string=\"DRAFT\"/></v:shape></w:pict></w:r>";
}
