package org.slastudio.export;

/**
 * The Word document's named styles and its clause numbering: what a firm restyles to put the agreement in its own
 * house style. Headings and clauses are numbered by one multilevel list (1, 1.1, 1.1.1), not by typed digits.
 */
final class WordStyles {
    private WordStyles() {
    }

    static final String SERIF = "Cambria";
    static final String SANS = "Calibri";
    private static final String INK = "1A1A1A";
    private static final String ACCENT = "1F3A5F";
    private static final String MUTED = "666666";
    private static final String RULE = "B8BFC8";

    static String styles() {
        StringBuilder s = new StringBuilder(8192);
        s.append("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<w:styles").append(WordXml.NAMESPACES).append(">")
                .append("<w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii=\"").append(SERIF).append("\" w:hAnsi=\"")
                .append(SERIF).append("\" w:eastAsia=\"").append(SERIF).append("\" w:cs=\"").append(SERIF).append("\"/>")
                .append("<w:color w:val=\"").append(INK).append("\"/><w:sz w:val=\"20\"/><w:szCs w:val=\"20\"/>")
                .append("<w:lang w:val=\"en-GB\"/></w:rPr></w:rPrDefault><w:pPrDefault><w:pPr>")
                .append("<w:spacing w:after=\"120\" w:line=\"280\" w:lineRule=\"auto\"/></w:pPr></w:pPrDefault></w:docDefaults>");
        paragraph(s, "Normal", "Normal", null, null, "", "", true);
        paragraph(s, "BodyText", "Body", "Normal", "BodyText", "<w:ind w:left=\"" + WordXml.HANG + "\"/><w:jc w:val=\"both\"/>", "", true);
        paragraph(s, "BodyTextLeft", "Body (ragged)", "BodyText", "BodyTextLeft", "<w:jc w:val=\"left\"/>", "", false);
        paragraph(s, "Definition", "Definition", "BodyText", "Definition", "", "", true);
        paragraph(s, "Clause", "Clause", "BodyText", "Clause",
                "<w:numPr><w:ilvl w:val=\"1\"/><w:numId w:val=\"1\"/></w:numPr>", "", true);
        paragraph(s, "SubClause", "Sub-clause", "BodyText", "SubClause",
                "<w:numPr><w:ilvl w:val=\"2\"/><w:numId w:val=\"1\"/></w:numPr><w:spacing w:after=\"60\"/>", "", true);
        paragraph(s, "Note", "Note", "Normal", "BodyText", "<w:spacing w:before=\"40\" w:after=\"120\" w:line=\"240\" w:lineRule=\"auto\"/>"
                + "<w:ind w:left=\"" + WordXml.HANG + "\"/>", "<w:i/><w:color w:val=\"" + MUTED + "\"/><w:sz w:val=\"17\"/>", false);
        paragraph(s, "Heading1", "heading 1", "Normal", "BodyText", "<w:keepNext/><w:keepLines/>"
                + "<w:numPr><w:ilvl w:val=\"0\"/><w:numId w:val=\"1\"/></w:numPr><w:spacing w:before=\"280\" w:after=\"80\"/>"
                + "<w:outlineLvl w:val=\"0\"/>", sans(26, ACCENT, true), true);
        paragraph(s, "Heading2", "heading 2", "Normal", "BodyText", "<w:keepNext/><w:keepLines/>"
                + "<w:numPr><w:ilvl w:val=\"1\"/><w:numId w:val=\"1\"/></w:numPr><w:spacing w:before=\"160\" w:after=\"40\"/>"
                + "<w:outlineLvl w:val=\"1\"/>", "<w:b/><w:sz w:val=\"21\"/>", true);
        paragraph(s, "Heading3", "heading 3", "Normal", "BodyText", "<w:keepNext/><w:keepLines/>"
                + "<w:numPr><w:ilvl w:val=\"2\"/><w:numId w:val=\"1\"/></w:numPr><w:spacing w:before=\"120\" w:after=\"40\"/>"
                + "<w:outlineLvl w:val=\"2\"/>", "<w:b/><w:i/>", true);
        paragraph(s, "Title", "Title", "Normal", "Subtitle", "<w:spacing w:before=\"200\" w:after=\"120\" w:line=\"240\" w:lineRule=\"auto\"/>",
                "<w:b/><w:color w:val=\"" + ACCENT + "\"/><w:sz w:val=\"48\"/>", true);
        paragraph(s, "Subtitle", "Subtitle", "Normal", "Normal", "", "<w:i/><w:color w:val=\"" + MUTED + "\"/><w:sz w:val=\"22\"/>", true);
        paragraph(s, "Kicker", "Kicker", "Normal", "Title", "<w:spacing w:before=\"1800\" w:after=\"0\"/>", sans(20, MUTED, true), false);
        paragraph(s, "Between", "Between", "Normal", "CoverParty", "<w:spacing w:before=\"160\" w:after=\"160\"/>", "<w:i/>", false);
        paragraph(s, "CoverParty", "Party", "Normal", "CoverAddress", "<w:keepNext/><w:spacing w:after=\"40\"/>", "<w:sz w:val=\"26\"/>", false);
        paragraph(s, "CoverAddress", "Party address", "Normal", "Between", "", "", false);
        paragraph(s, "CoverFactsGap", "Space before facts", "Normal", "Normal", "<w:spacing w:before=\"600\" w:after=\"0\"/>", "", false);
        paragraph(s, "DraftStatus", "Draft status", "Normal", "Normal", "<w:spacing w:before=\"360\"/>", sans(18, "A02020", true), false);
        paragraph(s, "ContentsHeading", "TOC Heading", "Normal", "Normal", "<w:spacing w:after=\"280\"/>", sans(26, ACCENT, true), true);
        paragraph(s, "TOC1", "toc 1", "Normal", "Normal", tocTabs(0, 100), "<w:b/>", true);
        paragraph(s, "TOC2", "toc 2", "Normal", "Normal", tocTabs(0, 0), "", true);
        paragraph(s, "Caption", "caption", "Normal", "TableText", "<w:keepNext/><w:spacing w:before=\"80\" w:after=\"80\"/>"
                + "<w:ind w:left=\"" + WordXml.HANG + "\"/>", sans(18, MUTED, true), true);
        paragraph(s, "TableText", "Table Text", "Normal", "TableText", "<w:spacing w:before=\"40\" w:after=\"60\" w:line=\"240\""
                + " w:lineRule=\"auto\"/>", sans(16, INK, false), true);
        paragraph(s, "TableHeading", "Table Heading", "TableText", "TableText", "<w:keepNext/>", sans(16, ACCENT, true), true);
        paragraph(s, "SignatureParty", "Signature party", "Normal", "SignatureLabel", "<w:spacing w:before=\"240\" w:after=\"120\"/>", "<w:b/>", false);
        paragraph(s, "SignatureLabel", "Signature label", "TableText", "SignatureLabel", "<w:spacing w:before=\"280\" w:after=\"40\"/>", "", false);
        paragraph(s, "SignatureLine", "Signature line", "Normal", "SignatureLine", "<w:spacing w:before=\"280\" w:after=\"40\"/>", "", false);
        paragraph(s, "Header", "header", "Normal", "Header", "<w:spacing w:after=\"0\"/>", sans(16, MUTED, false), true);
        paragraph(s, "Footer", "footer", "Normal", "Footer", "<w:tabs><w:tab w:val=\"right\" w:pos=\"" + WordXml.TEXT_WIDTH + "\"/></w:tabs>"
                + "<w:spacing w:after=\"0\"/>", sans(16, MUTED, false), true);
        s.append("<w:style w:type=\"table\" w:default=\"1\" w:styleId=\"TableNormal\"><w:name w:val=\"Normal Table\"/><w:uiPriority w:val=\"99\"/>")
                .append("<w:semiHidden/><w:tblPr><w:tblInd w:w=\"0\" w:type=\"dxa\"/><w:tblCellMar><w:top w:w=\"0\" w:type=\"dxa\"/>")
                .append("<w:left w:w=\"108\" w:type=\"dxa\"/><w:bottom w:w=\"0\" w:type=\"dxa\"/><w:right w:w=\"108\" w:type=\"dxa\"/>")
                .append("</w:tblCellMar></w:tblPr></w:style>");
        table(s, "AgreementTable", "Table", "<w:tblBorders><w:bottom w:val=\"single\" w:sz=\"4\" w:space=\"0\" w:color=\"" + RULE
                + "\"/><w:insideH w:val=\"single\" w:sz=\"4\" w:space=\"0\" w:color=\"" + RULE + "\"/></w:tblBorders>",
                "<w:tblStylePr w:type=\"firstRow\"><w:tcPr><w:tcBorders><w:bottom w:val=\"single\" w:sz=\"8\" w:space=\"0\" w:color=\""
                        + ACCENT + "\"/></w:tcBorders><w:shd w:val=\"clear\" w:color=\"auto\" w:fill=\"E9EDF2\"/></w:tcPr></w:tblStylePr>");
        table(s, "CoverFacts", "Cover facts", "<w:tblBorders><w:top w:val=\"single\" w:sz=\"4\" w:space=\"0\" w:color=\"" + RULE
                + "\"/><w:bottom w:val=\"single\" w:sz=\"4\" w:space=\"0\" w:color=\"" + RULE + "\"/><w:insideH w:val=\"single\""
                + " w:sz=\"4\" w:space=\"0\" w:color=\"" + RULE + "\"/></w:tblBorders>", "");
        table(s, "SignatureBlock", "Signature block", "", "");
        return s.append("</w:styles>").toString();
    }

    private static String sans(int halfPoints, String color, boolean bold) {
        return "<w:rFonts w:ascii=\"" + SANS + "\" w:hAnsi=\"" + SANS + "\" w:cs=\"" + SANS + "\"/>" + (bold ? "<w:b/>" : "")
                + "<w:color w:val=\"" + color + "\"/><w:sz w:val=\"" + halfPoints + "\"/>";
    }

    private static String tocTabs(int indent, int before) {
        return "<w:tabs><w:tab w:val=\"left\" w:pos=\"" + WordXml.HANG + "\"/><w:tab w:val=\"right\" w:leader=\"dot\" w:pos=\""
                + WordXml.TEXT_WIDTH + "\"/></w:tabs><w:spacing w:before=\"" + before + "\" w:after=\"20\"/>"
                + "<w:ind w:left=\"" + (indent + WordXml.HANG) + "\" w:hanging=\"" + WordXml.HANG + "\"/>";
    }

    /** A paragraph style; {@code pPr} and {@code rPr} are its properties in schema order. */
    private static void paragraph(StringBuilder s, String id, String name, String basedOn, String next, String pPr, String rPr,
                                  boolean quick) {
        s.append("<w:style w:type=\"paragraph\"").append(id.equals("Normal") ? " w:default=\"1\"" : "").append(" w:styleId=\"")
                .append(id).append("\"><w:name w:val=\"").append(name).append("\"/>");
        if (basedOn != null) {
            s.append("<w:basedOn w:val=\"").append(basedOn).append("\"/>");
        }
        if (next != null) {
            s.append("<w:next w:val=\"").append(next).append("\"/>");
        }
        if (quick) {
            s.append("<w:qFormat/>");
        }
        if (!pPr.isEmpty()) {
            s.append("<w:pPr>").append(pPr).append("</w:pPr>");
        }
        if (!rPr.isEmpty()) {
            s.append("<w:rPr>").append(rPr).append("</w:rPr>");
        }
        s.append("</w:style>");
    }

    private static void table(StringBuilder s, String id, String name, String borders, String conditional) {
        s.append("<w:style w:type=\"table\" w:styleId=\"").append(id).append("\"><w:name w:val=\"").append(name)
                .append("\"/><w:basedOn w:val=\"TableNormal\"/><w:tblPr>").append(borders).append("<w:tblCellMar>")
                .append("<w:left w:w=\"60\" w:type=\"dxa\"/><w:right w:w=\"60\" w:type=\"dxa\"/></w:tblCellMar></w:tblPr>")
                .append(conditional).append("</w:style>");
    }

    /** One multilevel list numbers sections (1), clauses (1.1) and sub-clauses (1.1.1). */
    static String numbering() {
        StringBuilder s = new StringBuilder(2048);
        s.append("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<w:numbering").append(WordXml.NAMESPACES)
                .append("><w:abstractNum w:abstractNumId=\"0\"><w:multiLevelType w:val=\"multilevel\"/>");
        String[] texts = {"%1", "%1.%2", "%1.%2.%3"};
        String[] styles = {"Heading1", "Heading2", "Heading3"};
        int[][] indents = {{WordXml.HANG, WordXml.HANG}, {WordXml.HANG, WordXml.HANG}, {WordXml.HANG + 760, 760}};
        for (int level = 0; level < 3; level++) {
            s.append("<w:lvl w:ilvl=\"").append(level).append("\"><w:start w:val=\"1\"/><w:numFmt w:val=\"decimal\"/>")
                    .append("<w:pStyle w:val=\"").append(styles[level]).append("\"/><w:lvlText w:val=\"").append(texts[level])
                    .append("\"/><w:lvlJc w:val=\"left\"/><w:pPr><w:tabs><w:tab w:val=\"num\" w:pos=\"").append(indents[level][0])
                    .append("\"/></w:tabs><w:ind w:left=\"").append(indents[level][0]).append("\" w:hanging=\"")
                    .append(indents[level][1]).append("\"/></w:pPr></w:lvl>");
        }
        return s.append("</w:abstractNum><w:num w:numId=\"1\"><w:abstractNumId w:val=\"0\"/></w:num></w:numbering>").toString();
    }
}
