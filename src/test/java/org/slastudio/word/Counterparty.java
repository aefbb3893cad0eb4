package org.slastudio.word;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.OutputKeys;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * The other side's counsel at work on our Word document, as Word would record it: tracked replacements inside a
 * tagged term, a plain (untracked) edit, a comment on a term, a content control taken away, a new paragraph. Public for
 * the app's tests and screenshot tour, which import such a document.
 */
public final class Counterparty {
    static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
    public static final String AUTHOR = "R. Counsel (Contoso)";
    private static final String DATE = "2026-12-10T09:30:00Z";

    private final Map<String, byte[]> parts = new LinkedHashMap<>();
    private final Document document;
    private final List<String[]> comments = new ArrayList<>();
    private int ids = 9000;

    public Counterparty(byte[] docx) throws Exception {
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(docx))) {
            for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
                parts.put(e.getName(), zip.readAllBytes());
            }
        }
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        document = factory.newDocumentBuilder().parse(new ByteArrayInputStream(parts.get("word/document.xml")));
    }

    /** The content control with this tag (the n-th, counting from 0). */
    Element control(String tag, int n) {
        NodeList tags = document.getElementsByTagNameNS(W, "tag");
        int seen = 0;
        for (int i = 0; i < tags.getLength(); i++) {
            Element t = (Element) tags.item(i);
            if (tag.equals(t.getAttributeNS(W, "val")) && seen++ == n) {
                return (Element) t.getParentNode().getParentNode();
            }
        }
        throw new IllegalArgumentException("no content control tagged " + tag);
    }

    private Element content(Element control) {
        return (Element) control.getElementsByTagNameNS(W, "sdtContent").item(0);
    }

    /** Replaces {@code old} with {@code now} in the term's text as a tracked deletion and insertion. */
    public Counterparty trackedReplace(String tag, String old, String now) {
        Element content = content(control(tag, 0));
        Element run = (Element) content.getElementsByTagNameNS(W, "r").item(0);
        String text = run.getElementsByTagNameNS(W, "t").item(0).getTextContent();
        int at = text.indexOf(old);
        if (at < 0) {
            throw new IllegalArgumentException(tag + " does not say " + old + ": " + text);
        }
        Node rPr = run.getElementsByTagNameNS(W, "rPr").item(0);
        while (content.hasChildNodes()) {
            content.removeChild(content.getFirstChild());
        }
        content.appendChild(run(text.substring(0, at), rPr, "t"));
        Element del = revision("del");
        del.appendChild(run(old, rPr, "delText"));
        content.appendChild(del);
        Element ins = revision("ins");
        ins.appendChild(run(now, rPr, "t"));
        content.appendChild(ins);
        content.appendChild(run(text.substring(at + old.length()), rPr, "t"));
        return this;
    }

    /** Types over the term's text without Track Changes on. */
    public Counterparty plainEdit(String tag, String now) {
        Element content = content(control(tag, 0));
        NodeList texts = content.getElementsByTagNameNS(W, "t");
        texts.item(0).setTextContent(now);
        for (int i = texts.getLength() - 1; i >= 1; i--) {
            texts.item(i).getParentNode().removeChild(texts.item(i));
        }
        return this;
    }

    /** Takes the content control away, keeping its text, and types over the text. */
    public Counterparty removeControl(String tag, String now) {
        Element control = control(tag, 0);
        Element content = content(control);
        content.getElementsByTagNameNS(W, "t").item(0).setTextContent(now);
        Node parent = control.getParentNode();
        while (content.hasChildNodes()) {
            parent.insertBefore(content.getFirstChild(), control);
        }
        parent.removeChild(control);
        return this;
    }

    /** A comment anchored on the term. */
    public Counterparty comment(String tag, String text) {
        Element control = control(tag, 0);
        String id = String.valueOf(comments.size());
        Element start = document.createElementNS(W, "w:commentRangeStart");
        start.setAttributeNS(W, "w:id", id);
        Element end = document.createElementNS(W, "w:commentRangeEnd");
        end.setAttributeNS(W, "w:id", id);
        control.getParentNode().insertBefore(start, control);
        control.getParentNode().insertBefore(end, control.getNextSibling());
        Element ref = document.createElementNS(W, "w:r");
        Element reference = document.createElementNS(W, "w:commentReference");
        reference.setAttributeNS(W, "w:id", id);
        ref.appendChild(reference);
        end.getParentNode().insertBefore(ref, end.getNextSibling());
        comments.add(new String[] {id, text});
        return this;
    }

    /** A new paragraph after the paragraph holding the term, as a tracked insertion. */
    public Counterparty insertParagraphAfter(String tag, String text) {
        Node p = control(tag, 0);
        while (!"p".equals(p.getLocalName())) {
            p = p.getParentNode();
        }
        Element paragraph = document.createElementNS(W, "w:p");
        Element pPr = document.createElementNS(W, "w:pPr");
        Element style = document.createElementNS(W, "w:pStyle");
        style.setAttributeNS(W, "w:val", "BodyText");
        pPr.appendChild(style);
        Element rPr = document.createElementNS(W, "w:rPr");
        rPr.appendChild(revision("ins"));
        pPr.appendChild(rPr);
        paragraph.appendChild(pPr);
        Element ins = revision("ins");
        ins.appendChild(run(text, null, "t"));
        paragraph.appendChild(ins);
        p.getParentNode().insertBefore(paragraph, p.getNextSibling());
        return this;
    }

    private Element revision(String kind) {
        Element e = document.createElementNS(W, "w:" + kind);
        e.setAttributeNS(W, "w:id", String.valueOf(ids++));
        e.setAttributeNS(W, "w:author", AUTHOR);
        e.setAttributeNS(W, "w:date", DATE);
        return e;
    }

    private Element run(String text, Node rPr, String kind) {
        Element r = document.createElementNS(W, "w:r");
        if (rPr != null) {
            r.appendChild(rPr.cloneNode(true));
        }
        Element t = document.createElementNS(W, "w:" + kind);
        t.setAttributeNS("http://www.w3.org/XML/1998/namespace", "xml:space", "preserve");
        t.setTextContent(text);
        r.appendChild(t);
        return r;
    }

    /** The document as it is sent back. */
    public byte[] save() throws Exception {
        ByteArrayOutputStream xml = new ByteArrayOutputStream();
        var transformer = TransformerFactory.newInstance().newTransformer();
        transformer.setOutputProperty(OutputKeys.ENCODING, "UTF-8");
        transformer.transform(new DOMSource(document), new StreamResult(xml));
        parts.put("word/document.xml", xml.toByteArray());
        if (!comments.isEmpty()) {
            StringBuilder c = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<w:comments xmlns:w=\""
                    + W + "\">");
            for (String[] comment : comments) {
                c.append("<w:comment w:id=\"").append(comment[0]).append("\" w:author=\"").append(AUTHOR).append("\" w:date=\"")
                        .append(DATE).append("\" w:initials=\"RC\"><w:p><w:r><w:t>").append(comment[1])
                        .append("</w:t></w:r></w:p></w:comment>");
            }
            parts.put("word/comments.xml", c.append("</w:comments>").toString().getBytes(StandardCharsets.UTF_8));
            String rels = new String(parts.get("word/_rels/document.xml.rels"), StandardCharsets.UTF_8);
            parts.put("word/_rels/document.xml.rels", rels.replace("</Relationships>", "<Relationship Id=\"rIdComments\" Type=\""
                    + "http://schemas.openxmlformats.org/officeDocument/2006/relationships/comments\" Target=\"comments.xml\"/>"
                    + "</Relationships>").getBytes(StandardCharsets.UTF_8));
            String types = new String(parts.get("[Content_Types].xml"), StandardCharsets.UTF_8);
            parts.put("[Content_Types].xml", types.replace("</Types>", "<Override PartName=\"/word/comments.xml\" ContentType=\""
                    + "application/vnd.openxmlformats-officedocument.wordprocessingml.comments+xml\"/></Types>")
                    .getBytes(StandardCharsets.UTF_8));
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            for (Map.Entry<String, byte[]> part : parts.entrySet()) {
                zip.putNextEntry(new ZipEntry(part.getKey()));
                zip.write(part.getValue());
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw e;
        }
        return out.toByteArray();
    }
}
