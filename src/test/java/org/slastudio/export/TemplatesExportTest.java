package org.slastudio.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Objects;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.slastudio.model.Agreement;
import org.slastudio.model.Metric;
import org.slastudio.model.Party;
import org.slastudio.model.Service;
import org.slastudio.store.Draft;
import org.slastudio.store.Template;
import org.slastudio.store.TemplateCatalogue;

/** Every starter agreement exports completely: what it names appears, pages and contents are right. */
class TemplatesExportTest {

    static Stream<String> templates() {
        return TemplateCatalogue.builtIn().templates().stream().map(Template::name);
    }

    private static Draft load(String name) {
        TemplateCatalogue catalogue = TemplateCatalogue.builtIn();
        return catalogue.load(catalogue.find(name).orElseThrow()).draft();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("templates")
    void everyTemplateExportsWithAllItNamesAndRightPageNumbers(String name) {
        Draft draft = load(name);
        Agreement agreement = draft.agreement();

        ExportedPdf pdf = ExportedPdf.read(ExportedPdf.export(draft, ExportOptions.finalCopy()));

        String text = pdf.flatText();
        for (Party party : agreement.parties()) {
            assertThat(text).contains(party.legalName());
            if (party.signatory() != null) {
                assertThat(text).contains(party.signatory().name());
            }
        }
        agreement.services().stream().filter(Objects::nonNull).map(Service::name).forEach(s -> assertThat(text).contains(s));
        agreement.metrics().stream().filter(Objects::nonNull).map(Metric::name).forEach(m -> assertThat(text).contains(m));
        int total = pdf.pages().size();
        for (int page = 1; page <= total; page++) {
            assertThat(pdf.pages().get(page - 1)).contains("Page " + page + " of " + total);
        }
        for (ExportedPdf.ContentsEntry entry : pdf.contents()) {
            assertThat(pdf.pageWithLine(entry.heading())).as(entry.heading()).isEqualTo(entry.page());
        }
        assertThat(pdf.headingsEndingAPage(agreement.overview().title())).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("templates")
    void noPlaceholderIsLeftUnfilled(String name) {
        ExportedPdf pdf = ExportedPdf.read(ExportedPdf.export(load(name), ExportOptions.finalCopy()));

        assertThat(pdf.flatText()).doesNotContain("{{").doesNotContain("}}");
    }
}
