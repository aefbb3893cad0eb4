package org.slastudio.export;

import java.util.List;

/** The Word document's title page, its contents field and its signature blocks. */
final class WordCover {
    private final WordXml xml;

    WordCover(WordXml xml) {
        this.xml = xml;
    }

    void cover(Cover cover) {
        xml.styled("Kicker", Words.of("SERVICE LEVEL AGREEMENT"));
        xml.styled("Title", Words.ofTerm("overview.title", cover.title()));
        xml.styled("Subtitle", Words.of(cover.kind()));
        xml.styled("Between", Words.of("between"));
        for (int i = 0; i < cover.parties().size(); i++) {
            Cover.CoverParty party = cover.parties().get(i);
            xml.styled("CoverParty", new Words().add(party.name().in(Words.Emphasis.BOLD)).italic("   (the “" + party.role() + "”)"));
            xml.styled("CoverAddress", party.address());
            if (i < cover.parties().size() - 1) {
                xml.styled("Between", Words.of(i == cover.parties().size() - 2 ? "and" : ""));
            }
        }
        xml.styled("CoverFactsGap", new Words());
        xml.append("<w:tbl><w:tblPr><w:tblStyle w:val=\"CoverFacts\"/><w:tblW w:w=\"").append(WordXml.TEXT_WIDTH)
                .append("\" w:type=\"dxa\"/><w:tblLook w:val=\"0680\"/></w:tblPr><w:tblGrid>")
                .append("<w:gridCol w:w=\"2650\"/><w:gridCol w:w=\"").append(WordXml.TEXT_WIDTH - 2650).append("\"/></w:tblGrid>");
        for (Cover.Fact fact : cover.facts()) {
            xml.append("<w:tr>");
            xml.cell(2650, "TableHeading", Words.of(fact.label()), false, null);
            xml.cell(WordXml.TEXT_WIDTH - 2650, "TableText", fact.value(), false, null);
            xml.append("</w:tr>");
        }
        xml.append("</w:tbl>");
        if (cover.status() != null) {
            xml.styled("DraftStatus", Words.ofTerm(TitlePage.STATUS, cover.status()));
        }
    }

    /** A contents field Word brings up to date on opening; until then it lists the headings, each linked to its own. */
    void contents(List<Blocks.Heading> headings) {
        xml.styled("ContentsHeading", Words.of("Contents"));
        xml.append("<w:sdt><w:sdtPr><w:docPartObj><w:docPartGallery w:val=\"Table of Contents\"/><w:docPartUnique/>")
                .append("</w:docPartObj></w:sdtPr><w:sdtContent>");
        boolean first = true;
        for (int i = 0; i < headings.size(); i++) {
            Blocks.Heading h = headings.get(i);
            xml.append("<w:p><w:pPr><w:pStyle w:val=\"TOC").append(h.level()).append("\"/></w:pPr>");
            if (first) {
                xml.field(" TOC \\o \"1-2\" \\h \\z \\u ", null);
                first = false;
            }
            xml.append("<w:hyperlink w:anchor=\"").append(bookmark(i)).append("\" w:history=\"1\">");
            xml.run(h.number(), Words.Emphasis.PLAIN, null);
            xml.append("<w:r><w:tab/></w:r>");
            xml.run(h.title(), Words.Emphasis.PLAIN, null);
            xml.append("<w:r><w:tab/></w:r>");
            xml.field(" PAGEREF " + bookmark(i) + " \\h ", "");
            xml.append("</w:hyperlink></w:p>");
        }
        xml.append("<w:p><w:r><w:fldChar w:fldCharType=\"end\"/></w:r></w:p></w:sdtContent></w:sdt>");
    }

    static String bookmark(int heading) {
        return "_Toc_h" + heading;
    }

    void signatures(List<Cover.Signatory> signatories) {
        int label = 1300;
        int line = (WordXml.TEXT_WIDTH - 2 * label - 700) / 2;
        for (int i = 0; i < signatories.size(); i += 2) {
            List<Cover.Signatory> pair = signatories.subList(i, Math.min(i + 2, signatories.size()));
            xml.append("<w:tbl><w:tblPr><w:tblStyle w:val=\"SignatureBlock\"/><w:tblW w:w=\"").append(WordXml.TEXT_WIDTH)
                    .append("\" w:type=\"dxa\"/><w:tblLayout w:type=\"fixed\"/><w:tblLook w:val=\"0600\"/></w:tblPr>")
                    .append("<w:tblGrid><w:gridCol w:w=\"").append(label).append("\"/><w:gridCol w:w=\"").append(line)
                    .append("\"/><w:gridCol w:w=\"700\"/><w:gridCol w:w=\"").append(label).append("\"/><w:gridCol w:w=\"")
                    .append(line).append("\"/></w:tblGrid><w:tr><w:trPr><w:cantSplit/></w:trPr>");
            for (int p = 0; p < 2; p++) {
                xml.append("<w:tc><w:tcPr><w:tcW w:w=\"").append(label + line).append("\" w:type=\"dxa\"/><w:gridSpan w:val=\"2\"/>")
                        .append("</w:tcPr><w:p><w:pPr><w:pStyle w:val=\"SignatureParty\"/><w:keepNext/></w:pPr>");
                xml.words(p < pair.size() ? pair.get(p).party().in(Words.Emphasis.BOLD) : new Words(), null);
                xml.append("</w:p></w:tc>");
                if (p == 0) {
                    xml.cell(700, "TableText", new Words(), false, null);
                }
            }
            xml.append("</w:tr>");
            for (String what : List.of("Signature", "Name", "Title", "Date")) {
                xml.append("<w:tr><w:trPr><w:cantSplit/></w:trPr>");
                for (int p = 0; p < 2; p++) {
                    Cover.Signatory s = p < pair.size() ? pair.get(p) : null;
                    xml.cell(label, "SignatureLabel", Words.of(s == null ? "" : what), false, null);
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
                    xml.words(value, null);
                    xml.append("</w:p></w:tc>");
                    if (p == 0) {
                        xml.cell(700, "TableText", new Words(), false, null);
                    }
                }
                xml.append("</w:tr>");
            }
            xml.append("</w:tbl>");
            xml.styled("BodyText", new Words());
        }
    }
}
