package org.slastudio.export;

import java.util.List;

/**
 * The body of a Word document (word/document.xml) written from the agreement's blocks: paragraphs on the document's
 * named styles, headings and clauses numbered by Word's own multilevel list, terms in content controls tagged with
 * their place in the draft, and, for a redline, insertions and deletions as tracked revisions.
 */
final class WordBody {
    private final WordXml xml;
    private final WordCover cover;
    private final List<Blocks.Heading> headings;
    private int heading;

    WordBody(List<Blocks.Heading> headings, WordXml.Author author) {
        this.headings = headings;
        this.xml = new WordXml(author);
        this.cover = new WordCover(xml);
    }

    String write(List<Blocks.Block> blocks) {
        xml.append("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<w:document").append(WordXml.NAMESPACES)
                .append("><w:body>");
        for (Blocks.Block block : blocks) {
            if (block instanceof Blocks.CoverBlock c) {
                cover.cover(c.cover());
            } else if (block instanceof Blocks.ContentsBlock) {
                cover.contents(headings);
            } else if (block instanceof Blocks.PageBreak) {
                xml.append("<w:p><w:r><w:br w:type=\"page\"/></w:r></w:p>");
            } else if (block instanceof Blocks.Heading h) {
                heading(h);
            } else if (block instanceof Blocks.Paragraph p) {
                paragraph(p);
            } else if (block instanceof Blocks.Table t) {
                table(t);
            } else if (block instanceof Blocks.Signatures s) {
                cover.signatures(s.signatories());
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

    // ---- headings and paragraphs

    private void heading(Blocks.Heading h) {
        xml.append("<w:p><w:pPr><w:pStyle w:val=\"Heading").append(h.level()).append("\"/>");
        xml.paragraphMark(h.revision());
        xml.append("</w:pPr>");
        if (h.revision() == Words.Revision.DELETED) {
            xml.words(h.words(), h.revision()); // taken out: not in the contents, so no bookmark
            xml.append("</w:p>");
            return;
        }
        int i = heading++;
        xml.append("<w:bookmarkStart w:id=\"").append(i).append("\" w:name=\"").append(WordCover.bookmark(i)).append("\"/>");
        xml.words(h.words(), h.revision());
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
        xml.paragraphMark(p.revision());
        xml.append("</w:pPr>");
        xml.words(p.words(), p.revision());
        xml.append("</w:p>");
    }

    // ---- tables

    private void table(Blocks.Table t) {
        xml.append("<w:p><w:pPr><w:pStyle w:val=\"Caption\"/>");
        xml.paragraphMark(t.revision());
        xml.append("</w:pPr>");
        xml.words(Words.of(t.caption()), t.revision());
        xml.append("</w:p>");
        float[] widths = t.columns().widths();
        float total = 0;
        for (float w : widths) {
            total += w;
        }
        int room = WordXml.TEXT_WIDTH - WordXml.HANG;
        int[] twips = new int[widths.length];
        for (int i = 0; i < widths.length; i++) {
            twips[i] = Math.round(room * widths[i] / total);
        }
        xml.append("<w:tbl><w:tblPr><w:tblStyle w:val=\"AgreementTable\"/><w:tblW w:w=\"").append(room)
                .append("\" w:type=\"dxa\"/><w:tblInd w:w=\"").append(WordXml.HANG).append("\" w:type=\"dxa\"/>")
                .append("<w:tblLayout w:type=\"fixed\"/><w:tblLook w:val=\"0620\"/></w:tblPr><w:tblGrid>");
        for (int w : twips) {
            xml.append("<w:gridCol w:w=\"").append(w).append("\"/>");
        }
        xml.append("</w:tblGrid><w:tr><w:trPr><w:cantSplit/><w:tblHeader/>");
        if (t.revision() != null) {
            xml.revisionMark(t.revision());
        }
        xml.append("</w:trPr>");
        for (int i = 0; i < widths.length; i++) {
            xml.cell(twips[i], "TableHeading", Words.of(t.columns().headings().get(i)), false, t.revision());
        }
        xml.append("</w:tr>");
        for (Blocks.Row row : t.rows()) {
            xml.append("<w:tr><w:trPr><w:cantSplit/>");
            if (row.revision() != null) {
                xml.revisionMark(row.revision());
            }
            xml.append("</w:trPr>");
            for (int i = 0; i < row.cells().size(); i++) {
                Cell cell = row.cells().get(i);
                xml.cell(twips[i], "TableText", cell.words(), cell.right(), row.revision());
            }
            xml.append("</w:tr>");
        }
        xml.append("</w:tbl>");
    }

}
