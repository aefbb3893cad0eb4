package org.slastudio.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.slastudio.store.Draft;
import org.slastudio.store.DraftStore;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/** The next round in Word with every difference from ours a tracked change: accept all for theirs, reject all for ours. */
class WordRedlineTest {
    static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
    static final ZonedDateTime ISSUED = ZonedDateTime.of(2026, 12, 4, 10, 0, 0, 0, ZoneOffset.UTC);

    static Draft ours() {
        return ExportedPdf.example();
    }

    /** The next round: a lower target, a renamed service, a new tier, a changed clause heading and sentence, a service gone. */
    static Draft next() {
        String json = DraftStore.write(ours())
                .replace("\"targetPercent\": 99.95", "\"targetPercent\": 99.9")
                .replace("\"name\": \"Object Storage\"", "\"name\": \"Object Storage (two regions)\"")
                .replace("\"heading\": \"Events excluded from Downtime\"", "\"heading\": \"Events excluded from Downtime and credits\"")
                .replace("at least once every twelve months", "at least once every six months");
        Draft next = DraftStore.read(json).draft();
        var services = new ArrayList<>(next.agreement().services());
        services.remove(2);
        return next.withAgreement(next.agreement().withServices(services));
    }

    static byte[] redline(Draft ours, Draft next) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        WordDocument.writeRedline(ours, next, "Contoso Retail Ltd", ExportOptions.draft().issuedAt(ISSUED), out);
        return out.toByteArray();
    }

    static byte[] plain(Draft draft) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        WordDocument.write(draft, ExportOptions.draft().issuedAt(ISSUED), out);
        return out.toByteArray();
    }

    @Test
    void theDifferencesAreWordRevisionsByOurPartyDated() throws Exception {
        Document doc = body(redline(ours(), next()));
        NodeList ins = doc.getElementsByTagNameNS(W, "ins");
        NodeList del = doc.getElementsByTagNameNS(W, "del");

        assertThat(ins.getLength()).isGreaterThan(3);
        assertThat(del.getLength()).isGreaterThan(3);
        for (NodeList revisions : List.of(ins, del)) {
            for (int i = 0; i < revisions.getLength(); i++) {
                Element revision = (Element) revisions.item(i);
                assertThat(revision.getAttributeNS(W, "author")).isEqualTo("Contoso Retail Ltd");
                assertThat(revision.getAttributeNS(W, "date")).isEqualTo("2026-12-04T10:00:00Z");
            }
        }
        assertThat(texts(doc, "delText")).contains("99.95%", "twelve");
        assertThat(insertedTexts(doc)).contains("99.9%", "six", " (two regions)");
    }

    @Test
    void acceptingEveryRevisionGivesTheNextRoundsText() throws Exception {
        List<String> accepted = paragraphs(body(redline(ours(), next())), true);

        assertThat(accepted).isEqualTo(paragraphs(body(plain(next())), true));
    }

    @Test
    void rejectingEveryRevisionGivesOurText() throws Exception {
        List<String> rejected = paragraphs(body(redline(ours(), next())), false);

        // But for the copy's own marks (its fingerprint is the next round's).
        assertThat(without(rejected, "SHA-256")).isEqualTo(without(paragraphs(body(plain(ours())), true), "SHA-256"));
    }

    @Test
    void theRedlineIsValidOoxml() throws Exception {
        assertThat(ExportedWord.schemaErrors(redline(ours(), next()))).isEmpty();
    }

    @Test
    void twoEqualDraftsGiveARedlineWithoutRevisions() throws Exception {
        String xml = new String(part(redline(ours(), ours()), "word/document.xml"), java.nio.charset.StandardCharsets.UTF_8);

        assertThat(xml).doesNotContain("<w:ins ").doesNotContain("<w:del ").doesNotContain("<w:delText");
    }

    private static List<String> without(List<String> paragraphs, String mark) {
        return paragraphs.stream().filter(p -> !p.contains(mark)).toList();
    }

    static Document body(byte[] docx) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(part(docx, "word/document.xml")));
    }

    static byte[] part(byte[] docx, String name) throws Exception {
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(docx))) {
            for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
                if (e.getName().equals(name)) {
                    return zip.readAllBytes();
                }
            }
        }
        throw new IllegalArgumentException(name);
    }

    /**
     * The body's paragraphs (the contents field left out, as Word writes it anew) with every revision accepted or
     * rejected: a paragraph whose mark is a rejected insertion or an accepted deletion joins the next one.
     */
    static List<String> paragraphs(Document doc, boolean accept) {
        List<String> paragraphs = new ArrayList<>();
        NodeList ps = doc.getElementsByTagNameNS(W, "p");
        StringBuilder pending = new StringBuilder();
        for (int i = 0; i < ps.getLength(); i++) {
            Element p = (Element) ps.item(i);
            if (inContents(p)) {
                continue;
            }
            text(p, accept, pending);
            if (!markGoes(p, accept)) {
                if (!pending.toString().isBlank()) {
                    paragraphs.add(pending.toString());
                }
                pending.setLength(0);
            }
        }
        return paragraphs;
    }

    private static boolean inContents(Node node) {
        for (Node n = node; n != null; n = n.getParentNode()) {
            if (n instanceof Element e && "sdt".equals(e.getLocalName())
                    && e.getElementsByTagNameNS(W, "docPartGallery").getLength() > 0) {
                return true;
            }
        }
        return false;
    }

    private static boolean markGoes(Element p, boolean accept) {
        NodeList pPr = p.getElementsByTagNameNS(W, "pPr");
        if (pPr.getLength() == 0) {
            return false;
        }
        for (Node n = pPr.item(0).getFirstChild(); n != null; n = n.getNextSibling()) {
            if ("rPr".equals(n.getLocalName())) {
                Element rPr = (Element) n;
                return accept ? rPr.getElementsByTagNameNS(W, "del").getLength() > 0
                        : rPr.getElementsByTagNameNS(W, "ins").getLength() > 0;
            }
        }
        return false;
    }

    private static void text(Node node, boolean accept, StringBuilder out) {
        for (Node n = node.getFirstChild(); n != null; n = n.getNextSibling()) {
            String name = n.getLocalName();
            if (name == null || "pPr".equals(name) || "rPr".equals(name) || "instrText".equals(name)) {
                continue;
            }
            if ("ins".equals(name) && !accept || "del".equals(name) && accept) {
                continue;
            }
            if ("t".equals(name) || "delText".equals(name)) {
                out.append(n.getTextContent());
            } else if ("tab".equals(name)) {
                out.append('\t');
            } else if ("br".equals(name)) {
                out.append('\n');
            } else {
                text(n, accept, out);
            }
        }
    }

    private static List<String> texts(Document doc, String element) {
        List<String> texts = new ArrayList<>();
        NodeList list = doc.getElementsByTagNameNS(W, element);
        for (int i = 0; i < list.getLength(); i++) {
            texts.add(list.item(i).getTextContent());
        }
        return texts;
    }

    private static List<String> insertedTexts(Document doc) {
        List<String> texts = new ArrayList<>();
        NodeList ins = doc.getElementsByTagNameNS(W, "ins");
        for (int i = 0; i < ins.getLength(); i++) {
            NodeList t = ((Element) ins.item(i)).getElementsByTagNameNS(W, "t");
            for (int k = 0; k < t.getLength(); k++) {
                texts.add(t.item(k).getTextContent());
            }
        }
        return texts;
    }
}
