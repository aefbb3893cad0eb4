package org.slastudio.export;

import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * WordprocessingML written as text, in one pass: paragraphs on named styles, runs, content controls tagged with a
 * term's place in the draft, and tracked revisions by one author.
 */
final class WordXml {
    /** Text width of an A4 page between the margins, and the indent of clause text, in twentieths of a point. */
    static final int TEXT_WIDTH = 9186;
    static final int HANG = 680;
    static final String NAMESPACES = " xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\""
            + " xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\""
            + " xmlns:v=\"urn:schemas-microsoft-com:vml\" xmlns:o=\"urn:schemas-microsoft-com:office:office\"";

    /** Who made a redline's changes, and when. */
    record Author(String name, ZonedDateTime date) {
        String attributes() {
            return " w:author=\"" + escape(name) + "\" w:date=\""
                    + date.withNano(0).toOffsetDateTime().format(DateTimeFormatter.ISO_OFFSET_DATE_TIME) + "\"";
        }
    }

    private final StringBuilder xml = new StringBuilder(1 << 16);
    private final Author author;
    private int ids;

    WordXml(Author author) {
        this.author = author;
    }

    WordXml append(Object text) {
        xml.append(text);
        return this;
    }

    @Override
    public String toString() {
        return xml.toString();
    }

    void styled(String style, Words words) {
        xml.append("<w:p><w:pPr><w:pStyle w:val=\"").append(style).append("\"/></w:pPr>");
        words(words, null);
        xml.append("</w:p>");
    }

    /** A field: its instruction, and the result shown until it is updated (null leaves the field open). */
    void field(String instruction, String result) {
        xml.append("<w:r><w:fldChar w:fldCharType=\"begin\"/></w:r><w:r><w:instrText xml:space=\"preserve\">")
                .append(escape(instruction)).append("</w:instrText></w:r><w:r><w:fldChar w:fldCharType=\"separate\"/></w:r>");
        if (result != null) {
            run(result, Words.Emphasis.PLAIN, null);
            xml.append("<w:r><w:fldChar w:fldCharType=\"end\"/></w:r>");
        }
    }

    /** A paragraph a redline adds or takes out whole: its mark is a revision too, so that accepting it joins or parts. */
    void paragraphMark(Words.Revision revision) {
        if (revision != null) {
            xml.append("<w:rPr>");
            revisionMark(revision);
            xml.append("</w:rPr>");
        }
    }

    void revisionMark(Words.Revision revision) {
        xml.append(revision == Words.Revision.INSERTED ? "<w:ins" : "<w:del").append(" w:id=\"").append(nextId())
                .append("\"").append(author().attributes()).append("/>");
    }

    Author author() {
        if (author == null) {
            throw new IllegalStateException("a revision in a document without an author of revisions");
        }
        return author;
    }

    /**
     * The words' runs; consecutive runs stating the same term go in one content control tagged with it. A block the
     * redline adds or takes out whole ({@code whole}) marks every run so.
     */
    void words(Words words, Words.Revision whole) {
        List<Words.Run> runs = words.runs();
        int i = 0;
        while (i < runs.size()) {
            String term = runs.get(i).term();
            if (term == null) {
                run(runs.get(i), whole);
                i++;
                continue;
            }
            xml.append("<w:sdt><w:sdtPr><w:tag w:val=\"").append(escape(term)).append("\"/><w:id w:val=\"")
                    .append(nextId()).append("\"/></w:sdtPr><w:sdtContent>");
            while (i < runs.size() && term.equals(runs.get(i).term())) {
                run(runs.get(i), whole);
                i++;
            }
            xml.append("</w:sdtContent></w:sdt>");
        }
    }

    void run(Words.Run run, Words.Revision whole) {
        run(run.text(), run.emphasis(), run.revision() != null ? run.revision() : whole);
    }

    void run(String text, Words.Emphasis emphasis, Words.Revision revision) {
        if (text == null || text.isEmpty()) {
            return;
        }
        if (revision != null) {
            xml.append(revision == Words.Revision.INSERTED ? "<w:ins" : "<w:del").append(" w:id=\"").append(nextId())
                    .append("\"").append(author().attributes()).append(">");
        }
        xml.append("<w:r>");
        if (emphasis == Words.Emphasis.BOLD) {
            xml.append("<w:rPr><w:b/></w:rPr>");
        } else if (emphasis == Words.Emphasis.ITALIC) {
            xml.append("<w:rPr><w:i/></w:rPr>");
        }
        String tag = revision == Words.Revision.DELETED ? "w:delText" : "w:t";
        int start = 0;
        for (int i = 0; i <= text.length(); i++) {
            char c = i < text.length() ? text.charAt(i) : '\n';
            if (c == '\n' || c == '\t') {
                if (i > start) {
                    xml.append('<').append(tag).append(" xml:space=\"preserve\">").append(escape(text.substring(start, i)))
                            .append("</").append(tag).append('>');
                }
                if (i < text.length()) {
                    xml.append(c == '\n' ? "<w:br/>" : "<w:tab/>");
                }
                start = i + 1;
            }
        }
        xml.append("</w:r>");
        if (revision != null) {
            xml.append(revision == Words.Revision.INSERTED ? "</w:ins>" : "</w:del>");
        }
    }

    int nextId() {
        return 1000 + ids++;
    }

    void cell(int width, String style, Words words, boolean right, Words.Revision whole) {
        xml.append("<w:tc><w:tcPr><w:tcW w:w=\"").append(width).append("\" w:type=\"dxa\"/></w:tcPr><w:p><w:pPr><w:pStyle w:val=\"")
                .append(style).append("\"/>");
        if (right) {
            xml.append("<w:jc w:val=\"right\"/>");
        }
        xml.append("</w:pPr>");
        words(words, whole);
        xml.append("</w:p></w:tc>");
    }

    static String escape(String text) {
        StringBuilder out = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            String replacement = switch (c) {
                case '&' -> "&amp;";
                case '<' -> "&lt;";
                case '>' -> "&gt;";
                case '"' -> "&quot;";
                default -> c < 0x20 && c != '\t' && c != '\n' && c != '\r' || c == 0xFFFE || c == 0xFFFF ? "" : null;
            };
            if (replacement != null && out == null) {
                out = new StringBuilder(text.length() + 16).append(text, 0, i);
            }
            if (out != null) {
                if (replacement != null) {
                    out.append(replacement);
                } else {
                    out.append(c);
                }
            }
        }
        return out == null ? text : out.toString();
    }

}
