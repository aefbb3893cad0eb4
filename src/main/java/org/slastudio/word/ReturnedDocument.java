package org.slastudio.word;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * A Word document as it comes back from the other side, read as SLA Studio wrote it: its paragraphs in order, each
 * with the text it now has (tracked insertions accepted, tracked deletions taken out) and the text it had before the
 * tracked changes, the terms in its tagged content controls, and the comments on them. Where a paragraph is (its
 * clause number, as Word numbers the headings) is worked out from the heading styles.
 */
final class ReturnedDocument {
    private static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
    /** What the stack of open content controls holds for the contents field's. */
    private static final String CONTENTS = "\u0000contents";

    /** A term as the document states it: its tag, its text now and before tracked changes. */
    record Term(String tag, String text, String before, boolean tracked, String place) {
    }

    /**
     * A paragraph: where it is, its text now with each term shown as {@code {tag}}, its text before tracked changes
     * (likewise), and its terms. The text outside the terms is what a plain comparison of wording looks at.
     */
    record Paragraph(String place, String skeleton, String beforeSkeleton, String text, List<Term> terms) {
    }

    record Comment(String author, String text, String tag, String place) {
    }

    private final String fingerprint;
    private final List<Paragraph> paragraphs;
    private final List<Comment> comments;

    private ReturnedDocument(String fingerprint, List<Paragraph> paragraphs, List<Comment> comments) {
        this.fingerprint = fingerprint;
        this.paragraphs = paragraphs;
        this.comments = comments;
    }

    /** The fingerprint of the draft the document was exported from, or null where it names none. */
    String fingerprint() {
        return fingerprint;
    }

    List<Paragraph> paragraphs() {
        return paragraphs;
    }

    List<Comment> comments() {
        return comments;
    }

    /** Every term the document states, in order. */
    List<Term> terms() {
        return paragraphs.stream().flatMap(p -> p.terms().stream()).toList();
    }

    /** Thrown where the file is not a Word document, or not one of ours. */
    static final class NotOurs extends Exception {
        NotOurs(String message) {
            super(message);
        }
    }

    static ReturnedDocument read(byte[] docx) throws NotOurs {
        Map<String, byte[]> parts = new HashMap<>();
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(docx))) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                String name = entry.getName();
                if (name.equals("word/document.xml") || name.equals("word/comments.xml") || name.equals("docProps/custom.xml")) {
                    parts.put(name, zip.readAllBytes());
                }
            }
        } catch (IOException | IllegalArgumentException e) {
            throw new NotOurs("it is not a Word document (.docx): " + e.getMessage());
        }
        if (!parts.containsKey("word/document.xml")) {
            throw new NotOurs("it is not a Word document (.docx): it has no word/document.xml");
        }
        try {
            String fingerprint = parts.containsKey("docProps/custom.xml") ? fingerprint(parts.get("docProps/custom.xml")) : null;
            Map<String, String[]> commentTexts = parts.containsKey("word/comments.xml")
                    ? comments(parts.get("word/comments.xml")) : Map.of();
            return new Reader(commentTexts).read(parts.get("word/document.xml"), fingerprint);
        } catch (XMLStreamException e) {
            throw new NotOurs("its text cannot be read: " + e.getMessage());
        }
    }

    private static XMLStreamReader reader(byte[] xml) throws XMLStreamException {
        XMLInputFactory factory = XMLInputFactory.newFactory();
        // A returned document is someone else's file: no DTDs, no external entities.
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        InputStream in = new ByteArrayInputStream(xml);
        return factory.createXMLStreamReader(in, "UTF-8");
    }

    private static String fingerprint(byte[] xml) throws XMLStreamException {
        XMLStreamReader r = reader(xml);
        boolean ours = false;
        while (r.hasNext()) {
            int event = r.next();
            if (event == XMLStreamConstants.START_ELEMENT && r.getLocalName().equals("property")) {
                ours = org.slastudio.export.WordDocument.FINGERPRINT_PROPERTY.equals(r.getAttributeValue(null, "name"));
            } else if (event == XMLStreamConstants.START_ELEMENT && ours && r.getLocalName().equals("lpwstr")) {
                return r.getElementText().strip();
            }
        }
        return null;
    }

    /** Each comment's author and text, by its id. */
    private static Map<String, String[]> comments(byte[] xml) throws XMLStreamException {
        Map<String, String[]> comments = new LinkedHashMap<>();
        XMLStreamReader r = reader(xml);
        String id = null;
        String author = null;
        StringBuilder text = new StringBuilder();
        while (r.hasNext()) {
            int event = r.next();
            if (event == XMLStreamConstants.START_ELEMENT && W.equals(r.getNamespaceURI())) {
                switch (r.getLocalName()) {
                    case "comment" -> {
                        id = r.getAttributeValue(W, "id");
                        author = r.getAttributeValue(W, "author");
                        text.setLength(0);
                    }
                    case "p" -> {
                        if (!text.isEmpty()) {
                            text.append('\n');
                        }
                    }
                    case "t" -> text.append(r.getElementText());
                    default -> {
                    }
                }
            } else if (event == XMLStreamConstants.END_ELEMENT && W.equals(r.getNamespaceURI()) && r.getLocalName().equals("comment")) {
                comments.put(id, new String[] {author == null ? "" : author, text.toString().strip()});
            }
        }
        return comments;
    }

    /** Reads word/document.xml in one pass. */
    private static final class Reader {
        private final Map<String, String[]> commentTexts;
        private final List<Paragraph> paragraphs = new ArrayList<>();
        private final List<Comment> comments = new ArrayList<>();
        private final int[] numbers = new int[3];
        private String place = "the title page";

        private final StringBuilder now = new StringBuilder();
        private final StringBuilder before = new StringBuilder();
        private final StringBuilder skeleton = new StringBuilder();
        private final StringBuilder beforeSkeleton = new StringBuilder();
        private List<Term> terms = new ArrayList<>();
        private String style;

        /** The open content controls: their tags (null for one without), and the text of the innermost term. */
        private final Deque<String> controls = new ArrayDeque<>();
        private String tag;
        private StringBuilder termNow;
        private StringBuilder termBefore;
        private boolean termTracked;
        private int inserted;
        private int deleted;
        private final java.util.Set<String> openComments = new java.util.LinkedHashSet<>();

        Reader(Map<String, String[]> commentTexts) {
            this.commentTexts = commentTexts;
        }

        ReturnedDocument read(byte[] xml, String fingerprint) throws XMLStreamException {
            XMLStreamReader r = reader(xml);
            int depth = 0;
            int sdtPr = -1;
            while (r.hasNext()) {
                int event = r.next();
                if (event == XMLStreamConstants.START_ELEMENT) {
                    depth++;
                    if (!W.equals(r.getNamespaceURI())) {
                        continue;
                    }
                    switch (r.getLocalName()) {
                        case "p" -> startParagraph();
                        case "pStyle" -> style = r.getAttributeValue(W, "val");
                        case "sdt" -> controls.push("");
                        case "sdtPr" -> sdtPr = depth;
                        case "tag" -> {
                            if (sdtPr >= 0 && !controls.isEmpty()) {
                                controls.pop();
                                controls.push(r.getAttributeValue(W, "val"));
                            }
                        }
                        case "docPartGallery" -> {
                            if (!controls.isEmpty()) {
                                controls.pop();
                                controls.push(CONTENTS);
                            }
                        }
                        case "sdtContent" -> startControl();
                        case "ins" -> inserted++;
                        case "del" -> deleted++;
                        case "t" -> text(r.getElementText(), false);
                        case "delText" -> text(r.getElementText(), true);
                        case "tab" -> text("\t", deleted > 0);
                        case "br", "cr" -> text("\n", deleted > 0);
                        case "noBreakHyphen" -> text("\u2011", deleted > 0);
                        case "instrText" -> r.getElementText();
                        case "commentRangeStart" -> {
                            String id = r.getAttributeValue(W, "id");
                            openComments.add(id);
                            if (tag != null) {
                                attach(id, tag);
                            }
                        }
                        case "commentRangeEnd" -> openComments.remove(r.getAttributeValue(W, "id"));
                        case "commentReference" -> attach(r.getAttributeValue(W, "id"), tag);
                        default -> {
                        }
                    }
                } else if (event == XMLStreamConstants.END_ELEMENT) {
                    depth--;
                    if (!W.equals(r.getNamespaceURI())) {
                        continue;
                    }
                    switch (r.getLocalName()) {
                        case "p" -> endParagraph();
                        case "sdtPr" -> sdtPr = -1;
                        case "sdt" -> endControl();
                        // A paragraph mark's or a row's revision is an empty w:ins or w:del: counted in and out at once.
                        case "ins" -> inserted--;
                        case "del" -> deleted--;
                        default -> {
                        }
                    }
                }
            }
            return new ReturnedDocument(fingerprint, List.copyOf(paragraphs), List.copyOf(comments));
        }

        private void startParagraph() {
            style = null;
            now.setLength(0);
            before.setLength(0);
            skeleton.setLength(0);
            beforeSkeleton.setLength(0);
            terms = new ArrayList<>();
        }

        private void startControl() {
            String t = controls.peek();
            if (t != null && !t.isEmpty() && tag == null) {
                tag = t;
                termNow = new StringBuilder();
                termBefore = new StringBuilder();
                termTracked = false;
                skeleton.append('{').append(tag).append('}');
                beforeSkeleton.append('{').append(tag).append('}');
                openComments.forEach(id -> attach(id, tag));
            }
        }

        private void endControl() {
            String t = controls.isEmpty() ? null : controls.pop();
            if (tag != null && tag.equals(t)) {
                terms.add(new Term(tag, termNow.toString(), termBefore.toString(), termTracked, place));
                tag = null;
            }
        }

        private void text(String text, boolean deletedText) {
            if (controls.contains(CONTENTS)) {
                return; // the contents field: Word writes it anew
            }
            boolean tracked = deletedText || inserted > 0;
            String nowText = deletedText ? "" : text;
            String beforeText = inserted > 0 ? "" : text;
            now.append(nowText);
            before.append(beforeText);
            if (tag != null) {
                termNow.append(nowText);
                termBefore.append(beforeText);
                termTracked |= tracked;
            } else {
                skeleton.append(nowText);
                beforeSkeleton.append(beforeText);
            }
        }

        private final Map<String, Boolean> attached = new HashMap<>();

        private void attach(String id, String onTag) {
            if (attached.containsKey(id)) {
                return;
            }
            attached.put(id, Boolean.TRUE);
            String[] c = commentTexts.getOrDefault(id, new String[] {"", ""});
            comments.add(new Comment(c[0], c[1], onTag, place));
        }

        private void endParagraph() {
            if (controls.contains(CONTENTS)) {
                return;
            }
            Integer level = style == null ? null : switch (style) {
                case "Heading1" -> 0;
                case "Heading2", "Clause" -> 1;
                case "SubClause" -> 2;
                default -> null;
            };
            if (level != null) {
                numbers[level]++;
                for (int deeper = level + 1; deeper < numbers.length; deeper++) {
                    numbers[deeper] = 0;
                }
                StringBuilder number = new StringBuilder().append(numbers[0]);
                for (int l = 1; l <= level; l++) {
                    number.append('.').append(numbers[l]);
                }
                place = "clause " + number + (level < 2 && style.startsWith("Heading") ? " (" + now.toString().strip() + ")" : "");
                if (level == 0) {
                    place = "section " + number + " (" + now.toString().strip() + ")";
                }
            } else if ("ContentsHeading".equals(style)) {
                place = "the contents";
            }
            if (now.isEmpty() && before.isEmpty() && terms.isEmpty()) {
                return;
            }
            paragraphs.add(new Paragraph(place, skeleton.toString(), beforeSkeleton.toString(), now.toString(), List.copyOf(terms)));
        }
    }
}
