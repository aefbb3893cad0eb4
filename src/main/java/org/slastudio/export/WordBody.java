package org.slastudio.export;

import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * The body of a Word document (word/document.xml) written from the agreement's blocks: paragraphs on the document's
 * named styles, headings and clauses numbered by Word's own multilevel list, terms in content controls tagged with
 * their place in the draft, and, for a redline, insertions and deletions as tracked revisions.
 */
final class WordBody {
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
    private final List<Blocks.Heading> headings;
    private int ids;
    private int heading;

    WordBody(List<Blocks.Heading> headings, Author author) {
        this.headings = headings;
        this.author = author;
    }

    String write(List<Blocks.Block> blocks) {
        xml.append("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<w:document").append(NAMESPACES)
                .append("><w:body>");
        for (Blocks.Block block : blocks) {
            if (block instanceof Blocks.CoverBlock c) {
                cover(c.cover());
            } else if (block instanceof Blocks.ContentsBlock) {
                contents();
            } else if (block instanceof Blocks.PageBreak) {
                xml.append("<w:p><w:r><w:br w:type=\"page\"/></w:r></w:p>");
            } else if (block instanceof Blocks.Heading h) {
                heading(h);
            } else if (block instanceof Blocks.Paragraph p) {
                paragraph(p);
            } else if (block instanceof Blocks.Table t) {
                table(t);
            } else if (block instanceof Blocks.Signatures s) {
                signatures(s.signatories());
            }
        }
        xml.append("<w:sectPr><w:headerReference w:type=\"default\" r:id=\"rIdHeader\"/>")
                .append("<w:headerReference w:type=\"first\" r:id=\"rIdFirstHeader\"/>")
                .append("<w:footerReference w:type=\"default\" r:id=\"rIdFooter\"/>")
                .append("<w:footerReference w:type=\"first\" r:id=\"rIdFirstFooter\"/>")
                .append("<w:pgSz w:w=\"11906\" w:h=\"16838\"/>")
                .append("<w:pgMar w:top=\"1560\" w:right=\"1360\" w:bottom=\"1440\" w:left=\"1360\" w:header=\"708\"")
                .append(" w:footer=\"708\" w:gutter=\"0\"/><w:titlePg/></w:sectPr></w:body></w:document>");
        return xml.toString();
    }

    // ---- the cover and the contents

    private void cover(Cover cover) {
        styled("Kicker", Words.of("SERVICE LEVEL AGREEMENT"));
        styled("Title", Words.ofTerm("overview.title", cover.title()));
        styled("Subtitle", Words.of(cover.kind()));
        styled("Between", Words.of("between"));
        for (int i = 0; i < cover.parties().size(); i++) {
            Cover.CoverParty party = cover.parties().get(i);
            styled("CoverParty", new Words().add(party.name().in(Words.Emphasis.BOLD)).italic("   (the “" + party.role() + "”)"));
            styled("CoverAddress", party.address());
            if (i < cover.parties().size() - 1) {
                styled("Between", Words.of(i == cover.parties().size() - 2 ? "and" : ""));
            }
        }
        styled("CoverFactsGap", new Words());
        xml.append("<w:tbl><w:tblPr><w:tblStyle w:val=\"CoverFacts\"/><w:tblW w:w=\"").append(TEXT_WIDTH)
                .append("\" w:type=\"dxa\"/><w:tblLook w:val=\"0680\"/></w:tblPr><w:tblGrid>")
                .append("<w:gridCol w:w=\"2650\"/><w:gridCol w:w=\"").append(TEXT_WIDTH - 2650).append("\"/></w:tblGrid>");
        for (Cover.Fact fact : cover.facts()) {
            xml.append("<w:tr>");
            cell(2650, "TableHeading", Words.of(fact.label()), false, null);
            cell(TEXT_WIDTH - 2650, "TableText", fact.value(), false, null);
            xml.append("</w:tr>");
        }
        xml.append("</w:tbl>");
        if (cover.status() != null) {
            styled("DraftStatus", Words.ofTerm(TitlePage.STATUS, cover.status()));
        }
    }

    /** A contents field Word brings up to date on opening; until then it lists the headings, each linked to its own. */
    private void contents() {
        styled("ContentsHeading", Words.of("Contents"));
        xml.append("<w:sdt><w:sdtPr><w:docPartObj><w:docPartGallery w:val=\"Table of Contents\"/><w:docPartUnique/>")
                .append("</w:docPartObj></w:sdtPr><w:sdtContent>");
        boolean first = true;
        for (int i = 0; i < headings.size(); i++) {
            Blocks.Heading h = headings.get(i);
            xml.append("<w:p><w:pPr><w:pStyle w:val=\"TOC").append(h.level()).append("\"/></w:pPr>");
            if (first) {
                field(" TOC \\o \"1-2\" \\h \\z \\u ", null);
                first = false;
            }
            xml.append("<w:hyperlink w:anchor=\"").append(bookmark(i)).append("\" w:history=\"1\">");
            run(h.number(), Words.Emphasis.PLAIN, null);
            xml.append("<w:r><w:tab/></w:r>");
            run(h.title(), Words.Emphasis.PLAIN, null);
            xml.append("<w:r><w:tab/></w:r>");
            field(" PAGEREF " + bookmark(i) + " \\h ", "");
            xml.append("</w:hyperlink></w:p>");
        }
        xml.append("<w:p><w:r><w:fldChar w:fldCharType=\"end\"/></w:r></w:p></w:sdtContent></w:sdt>");
    }

    /** A field: its instruction, and the result shown until it is updated (null leaves the field open). */
    private void field(String instruction, String result) {
        xml.append("<w:r><w:fldChar w:fldCharType=\"begin\"/></w:r><w:r><w:instrText xml:space=\"preserve\">")
                .append(escape(instruction)).append("</w:instrText></w:r><w:r><w:fldChar w:fldCharType=\"separate\"/></w:r>");
        if (result != null) {
            run(result, Words.Emphasis.PLAIN, null);
            xml.append("<w:r><w:fldChar w:fldCharType=\"end\"/></w:r>");
        }
    }

    private static String bookmark(int heading) {
        return "_Toc_h" + heading;
    }

    // ---- headings and paragraphs

    private void heading(Blocks.Heading h) {
        xml.append("<w:p><w:pPr><w:pStyle w:val=\"Heading").append(h.level()).append("\"/>");
        paragraphMark(h.revision());
        xml.append("</w:pPr>");
        if (h.revision() == Words.Revision.DELETED) {
            words(h.words(), h.revision()); // taken out: not in the contents, so no bookmark
            xml.append("</w:p>");
            return;
        }
        int i = heading++;
        xml.append("<w:bookmarkStart w:id=\"").append(i).append("\" w:name=\"").append(bookmark(i)).append("\"/>");
        words(h.words(), h.revision());
        xml.append("<w:bookmarkEnd w:id=\"").append(i).append("\"/></w:p>");
    }

    private void paragraph(Blocks.Paragraph p) {
        String style = switch (p.kind()) {
            case BODY -> "BodyText";
            case RAGGED -> "BodyTextLeft";
            case DEFINITION -> "Definition";
            case CLAUSE -> "Clause";
            case SUB_CLAUSE -> "SubClause";
            case NOTE -> "Note";
        };
        xml.append("<w:p><w:pPr><w:pStyle w:val=\"").append(style).append("\"/>");
        paragraphMark(p.revision());
        xml.append("</w:pPr>");
        words(p.words(), p.revision());
        xml.append("</w:p>");
    }

    private void styled(String style, Words words) {
        xml.append("<w:p><w:pPr><w:pStyle w:val=\"").append(style).append("\"/></w:pPr>");
        words(words, null);
        xml.append("</w:p>");
    }

    /** A paragraph a redline adds or takes out whole: its mark is a revision too, so that accepting it joins or parts. */
    private void paragraphMark(Words.Revision revision) {
        if (revision != null) {
            xml.append("<w:rPr>");
            revisionMark(revision);
            xml.append("</w:rPr>");
        }
    }

    private void revisionMark(Words.Revision revision) {
        xml.append(revision == Words.Revision.INSERTED ? "<w:ins" : "<w:del").append(" w:id=\"").append(nextId())
                .append("\"").append(author().attributes()).append("/>");
    }

    private Author author() {
        if (author == null) {
            throw new IllegalStateException("a revision in a document without an author of revisions");
        }
        return author;
    }

    /**
     * The words' runs; consecutive runs stating the same term go in one content control tagged with it. A block the
     * redline adds or takes out whole ({@code whole}) marks every run so.
     */
    private void words(Words words, Words.Revision whole) {
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

    private void run(Words.Run run, Words.Revision whole) {
        run(run.text(), run.emphasis(), run.revision() != null ? run.revision() : whole);
    }

    private void run(String text, Words.Emphasis emphasis, Words.Revision revision) {
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

    private int nextId() {
        return 1000 + ids++;
    }

    // ---- tables

    private void table(Blocks.Table t) {
        xml.append("<w:p><w:pPr><w:pStyle w:val=\"Caption\"/>");
        paragraphMark(t.revision());
        xml.append("</w:pPr>");
        words(Words.of(t.caption()), t.revision());
        xml.append("</w:p>");
        float[] widths = t.columns().widths();
        float total = 0;
        for (float w : widths) {
            total += w;
        }
        int room = TEXT_WIDTH - HANG;
        int[] twips = new int[widths.length];
        for (int i = 0; i < widths.length; i++) {
            twips[i] = Math.round(room * widths[i] / total);
        }
        xml.append("<w:tbl><w:tblPr><w:tblStyle w:val=\"AgreementTable\"/><w:tblW w:w=\"").append(room)
                .append("\" w:type=\"dxa\"/><w:tblInd w:w=\"").append(HANG).append("\" w:type=\"dxa\"/>")
                .append("<w:tblLayout w:type=\"fixed\"/><w:tblLook w:val=\"0620\"/></w:tblPr><w:tblGrid>");
        for (int w : twips) {
            xml.append("<w:gridCol w:w=\"").append(w).append("\"/>");
        }
        xml.append("</w:tblGrid><w:tr><w:trPr><w:cantSplit/><w:tblHeader/>");
        if (t.revision() != null) {
            revisionMark(t.revision());
        }
        xml.append("</w:trPr>");
        for (int i = 0; i < widths.length; i++) {
            cell(twips[i], "TableHeading", Words.of(t.columns().headings().get(i)), false, t.revision());
        }
        xml.append("</w:tr>");
        for (Blocks.Row row : t.rows()) {
            xml.append("<w:tr><w:trPr><w:cantSplit/>");
            if (row.revision() != null) {
                revisionMark(row.revision());
            }
            xml.append("</w:trPr>");
            for (int i = 0; i < row.cells().size(); i++) {
                Cell cell = row.cells().get(i);
                cell(twips[i], "TableText", cell.words(), cell.right(), row.revision());
            }
            xml.append("</w:tr>");
        }
        xml.append("</w:tbl>");
    }

    private void cell(int width, String style, Words words, boolean right, Words.Revision whole) {
        xml.append("<w:tc><w:tcPr><w:tcW w:w=\"").append(width).append("\" w:type=\"dxa\"/></w:tcPr><w:p><w:pPr><w:pStyle w:val=\"")
                .append(style).append("\"/>");
        if (right) {
            xml.append("<w:jc w:val=\"right\"/>");
        }
        xml.append("</w:pPr>");
        words(words, whole);
        xml.append("</w:p></w:tc>");
    }

    // ---- signatures

    private void signatures(List<Cover.Signatory> signatories) {
        int label = 1300;
        int line = (TEXT_WIDTH - 2 * label - 700) / 2;
        for (int i = 0; i < signatories.size(); i += 2) {
            List<Cover.Signatory> pair = signatories.subList(i, Math.min(i + 2, signatories.size()));
            xml.append("<w:tbl><w:tblPr><w:tblStyle w:val=\"SignatureBlock\"/><w:tblW w:w=\"").append(TEXT_WIDTH)
                    .append("\" w:type=\"dxa\"/><w:tblLayout w:type=\"fixed\"/><w:tblLook w:val=\"0600\"/></w:tblPr>")
                    .append("<w:tblGrid><w:gridCol w:w=\"").append(label).append("\"/><w:gridCol w:w=\"").append(line)
                    .append("\"/><w:gridCol w:w=\"700\"/><w:gridCol w:w=\"").append(label).append("\"/><w:gridCol w:w=\"")
                    .append(line).append("\"/></w:tblGrid><w:tr><w:trPr><w:cantSplit/></w:trPr>");
            for (int p = 0; p < 2; p++) {
                xml.append("<w:tc><w:tcPr><w:tcW w:w=\"").append(label + line).append("\" w:type=\"dxa\"/><w:gridSpan w:val=\"2\"/>")
                        .append("</w:tcPr><w:p><w:pPr><w:pStyle w:val=\"SignatureParty\"/><w:keepNext/></w:pPr>");
                words(p < pair.size() ? pair.get(p).party().in(Words.Emphasis.BOLD) : new Words(), null);
                xml.append("</w:p></w:tc>");
                if (p == 0) {
                    cell(700, "TableText", new Words(), false, null);
                }
            }
            xml.append("</w:tr>");
            for (String what : List.of("Signature", "Name", "Title", "Date")) {
                xml.append("<w:tr><w:trPr><w:cantSplit/></w:trPr>");
                for (int p = 0; p < 2; p++) {
                    Cover.Signatory s = p < pair.size() ? pair.get(p) : null;
                    cell(label, "SignatureLabel", Words.of(s == null ? "" : what), false, null);
                    Words value = s == null ? new Words() : switch (what) {
                        case "Name" -> s.name();
                        case "Title" -> s.title();
                        default -> new Words();
                    };
                    xml.append("<w:tc><w:tcPr><w:tcW w:w=\"").append(line).append("\" w:type=\"dxa\"/>");
                    if (s != null) {
                        xml.append("<w:tcBorders><w:bottom w:val=\"single\" w:sz=\"4\" w:space=\"0\" w:color=\"1A1A1A\"/></w:tcBorders>");
                    }
                    xml.append("</w:tcPr><w:p><w:pPr><w:pStyle w:val=\"SignatureLine\"/></w:pPr>");
                    words(value, null);
                    xml.append("</w:p></w:tc>");
                    if (p == 0) {
                        cell(700, "TableText", new Words(), false, null);
                    }
                }
                xml.append("</w:tr>");
            }
            xml.append("</w:tbl>");
            styled("BodyText", new Words());
        }
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
