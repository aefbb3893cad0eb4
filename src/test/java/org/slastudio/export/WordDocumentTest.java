package org.slastudio.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.xmlbeans.XmlCursor;
import org.apache.xmlbeans.XmlObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.slastudio.model.Agreement;
import org.slastudio.model.Party;
import org.slastudio.model.Service;
import org.slastudio.model.ServiceLevel;
import org.slastudio.store.Draft;
import org.slastudio.store.DraftStore;
import org.slastudio.store.Template;
import org.slastudio.store.TemplateCatalogue;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/** The Word agreement, read back with Apache POI: valid OOXML, our named styles, Word numbering, fields and tags. */
class WordDocumentTest {

    static Stream<String> templates() {
        return TemplateCatalogue.builtIn().templates().stream().map(Template::name);
    }

    static Draft load(String name) {
        TemplateCatalogue catalogue = TemplateCatalogue.builtIn();
        return catalogue.load(catalogue.find(name).orElseThrow()).draft();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("templates")
    void everyTemplateIsValidAgainstTheOoxmlSchema(String name) {
        byte[] docx = ExportedWord.export(load(name), ExportOptions.draft());

        assertThat(ExportedWord.schemaErrors(docx)).isEmpty();
    }

    @Test
    void theStylesAFirmRestylesAreNamedAndUsed() throws Exception {
        byte[] docx = ExportedWord.export(ExportedPdf.example(), ExportOptions.draft());
        try (XWPFDocument doc = ExportedWord.open(docx)) {
            Map<String, String> names = new LinkedHashMap<>();
            for (String id : List.of("Title", "Heading1", "Heading2", "Heading3", "BodyText", "Definition", "Clause",
                    "SubClause", "AgreementTable", "TableText", "Caption")) {
                XWPFStyle style = doc.getStyles().getStyle(id);
                assertThat(style).as(id).isNotNull();
                names.put(id, style.getName());
            }
            assertThat(names).containsEntry("Heading1", "heading 1").containsEntry("BodyText", "Body")
                    .containsEntry("Definition", "Definition").containsEntry("AgreementTable", "Table");
            List<String> used = doc.getParagraphs().stream().map(XWPFParagraph::getStyle).distinct().toList();
            assertThat(used).contains("Title", "Heading1", "Heading2", "BodyText", "Definition", "Clause", "Caption");
            assertThat(doc.getTables()).hasSizeGreaterThan(4);
        }
    }

    @Test
    void headingsAndClausesAreNumberedByWordAsThePdfNumbersThem() throws Exception {
        Draft draft = ExportedPdf.example();
        Blocks blocks = WordDocument.blocks(draft, ExportOptions.draft());
        List<String> pdfNumbers = new ArrayList<>();
        for (Blocks.Block block : blocks.blocks()) {
            if (block instanceof Blocks.Heading h) {
                pdfNumbers.add(h.number() + " " + h.title());
            } else if (block instanceof Blocks.Paragraph p && p.number() != null) {
                pdfNumbers.add(p.number() + " " + p.words().text());
            }
        }
        byte[] docx = ExportedWord.export(draft, ExportOptions.draft());
        List<String> wordNumbers = new ArrayList<>();
        int[] counters = new int[3];
        try (XWPFDocument doc = ExportedWord.open(docx)) {
            for (XWPFParagraph p : doc.getParagraphs()) {
                Integer level = switch (p.getStyle() == null ? "" : p.getStyle()) {
                    case "Heading1" -> 0;
                    case "Heading2", "Clause" -> 1;
                    case "SubClause" -> 2;
                    default -> null;
                };
                if (level == null) {
                    continue;
                }
                // The styles carry the list, each at its own level.
                assertThat(doc.getStyles().getStyle(p.getStyle()).getCTStyle().getPPr().getNumPr().getIlvl().getVal().intValue())
                        .as(p.getStyle()).isEqualTo(level);
                counters[level]++;
                for (int deeper = level + 1; deeper < 3; deeper++) {
                    counters[deeper] = 0;
                }
                StringBuilder number = new StringBuilder().append(counters[0]);
                for (int l = 1; l <= level; l++) {
                    number.append('.').append(counters[l]);
                }
                wordNumbers.add(number + " " + text(p));
            }
        }
        assertThat(wordNumbers).isEqualTo(pdfNumbers);
    }

    @Test
    void theContentsHeaderAndFooterAreWordFields() throws Exception {
        byte[] docx = ExportedWord.export(ExportedPdf.example(), ExportOptions.draft());
        String document = ExportedWord.part(docx, "/word/document.xml");
        assertThat(document).contains("TOC \\o &quot;1-2&quot; \\h \\z \\u").contains("PAGEREF _Toc_h0 \\h")
                .contains("<w:docPartGallery w:val=\"Table of Contents\"/>");
        assertThat(ExportedWord.part(docx, "/word/settings.xml")).contains("<w:updateFields w:val=\"true\"/>");
        String footer = ExportedWord.part(docx, "/word/footer1.xml");
        assertThat(footer).contains("w:instr=\" PAGE \"").contains("w:instr=\" NUMPAGES \"").contains("Fingerprint ")
                .contains("Version 1.");
        try (XWPFDocument doc = ExportedWord.open(docx)) {
            String title = doc.getProperties().getCoreProperties().getTitle();
            assertThat(ExportedWord.part(docx, "/word/header1.xml")).contains(title).contains("string=\"DRAFT\"");
            assertThat(doc.getProperties().getCustomProperties().getProperty(WordDocument.FINGERPRINT_PROPERTY).getLpwstr())
                    .isEqualTo(Fingerprint.shortOf(AgreementPdf.withoutNegotiation(ExportedPdf.example())));
        }
    }

    @Test
    void aFinalCopyHasNoDraftWatermark() {
        byte[] docx = ExportedWord.export(ExportedPdf.example(), ExportOptions.finalCopy());

        assertThat(ExportedWord.part(docx, "/word/header1.xml")).doesNotContain("DRAFT");
        assertThat(ExportedWord.part(docx, "/word/header2.xml")).doesNotContain("DRAFT");
        assertThat(ExportedWord.part(docx, "/word/document.xml")).doesNotContain("Working draft for discussion");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("templates")
    void everyTagNamesAPlaceInTheDraftFile(String name) throws Exception {
        Draft draft = load(name);
        JsonNode file = new ObjectMapper().readTree(DraftStore.write(draft));
        Map<String, String> tags = tags(ExportedWord.export(draft, ExportOptions.draft()));

        assertThat(tags).isNotEmpty();
        for (String tag : tags.keySet()) {
            if (tag.startsWith("#")) {
                continue;
            }
            String path = tag.replaceFirst("#\\d+$", "");
            assertThat(at(file, path)).as(tag).isNotNull();
            assertThat(at(file, path).isMissingNode()).as(tag).isFalse();
        }
    }

    @Test
    void theTermsOfTheDraftSitInTaggedContentControls() throws Exception {
        Draft draft = ExportedPdf.example();
        Agreement agreement = draft.agreement();
        Map<String, String> tags = tags(ExportedWord.export(draft, ExportOptions.draft()));

        for (int p = 0; p < agreement.parties().size(); p++) {
            Party party = agreement.parties().get(p);
            assertThat(tags).containsEntry("parties[" + p + "].legalName", party.legalName());
        }
        for (int s = 0; s < agreement.services().size(); s++) {
            Service service = agreement.services().get(s);
            assertThat(tags).containsEntry("services[" + s + "].name", service.name())
                    .containsEntry("services[" + s + "].monthlyFee", Wording.money(service.monthlyFee(), agreement.overview().locale()));
            for (int l = 0; l < service.levels().size(); l++) {
                ServiceLevel level = service.levels().get(l);
                assertThat(tags).containsEntry("services[" + s + "].levels[" + l + "].targetPercent",
                        Wording.percent(level.targetPercent()));
            }
        }
        assertThat(tags).containsKeys("creditRegime.tiers[0].creditPercent", "creditRegime.tiers[0].lower.percent",
                "creditRegime.monthlyCapPercent", "overview.effectiveDate", "overview.governingLaw", "clauses[0].text");
        assertThat(tags.get("creditRegime.tiers[0].creditPercent")).endsWith("%");
    }

    /** Each content control's tag and the text it holds (the first, where a tag is used more than once). */
    static Map<String, String> tags(byte[] docx) throws Exception {
        Map<String, String> tags = new LinkedHashMap<>();
        try (XWPFDocument doc = ExportedWord.open(docx)) {
            XmlObject[] controls = doc.getDocument().selectPath(
                    "declare namespace w='http://schemas.openxmlformats.org/wordprocessingml/2006/main' .//w:sdt");
            for (XmlObject control : controls) {
                XmlObject[] tag = control.selectPath(
                        "declare namespace w='http://schemas.openxmlformats.org/wordprocessingml/2006/main' ./w:sdtPr/w:tag");
                if (tag.length == 0) {
                    continue;
                }
                String value = tag[0].selectAttribute("http://schemas.openxmlformats.org/wordprocessingml/2006/main", "val")
                        .newCursor().getTextValue();
                XmlObject[] texts = control.selectPath(
                        "declare namespace w='http://schemas.openxmlformats.org/wordprocessingml/2006/main' ./w:sdtContent//w:t");
                StringBuilder text = new StringBuilder();
                for (XmlObject t : texts) {
                    try (XmlCursor cursor = t.newCursor()) {
                        text.append(cursor.getTextValue());
                    }
                }
                tags.putIfAbsent(value, text.toString());
            }
        }
        return tags;
    }

    private static String text(XWPFParagraph p) {
        StringBuilder text = new StringBuilder();
        try (XmlCursor cursor = p.getCTP().newCursor()) {
            for (XmlObject t : p.getCTP().selectPath(
                    "declare namespace w='http://schemas.openxmlformats.org/wordprocessingml/2006/main' .//w:t")) {
                try (XmlCursor c = t.newCursor()) {
                    text.append(c.getTextValue());
                }
            }
        }
        return text.toString();
    }

    /** The node at a path such as {@code services[0].levels[1].targetPercent}, or null. */
    static JsonNode at(JsonNode root, String path) {
        JsonNode node = root;
        for (String step : path.split("\\.")) {
            int bracket = step.indexOf('[');
            String field = bracket < 0 ? step : step.substring(0, bracket);
            node = node.get(field);
            if (node == null) {
                return null;
            }
            if (bracket >= 0) {
                node = node.get(Integer.parseInt(step.substring(bracket + 1, step.length() - 1)));
                if (node == null) {
                    return null;
                }
            }
        }
        return node;
    }

}
