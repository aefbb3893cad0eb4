package org.slastudio.export;

import java.util.List;
import org.slastudio.model.Party;

/** The signature blocks, side by side, two parties to a row. */
final class SignaturesSection {
    private final AgreementDocument document;
    private final Pages layout;

    SignaturesSection(AgreementDocument document, Pages layout) {
        this.document = document;
        this.layout = layout;
    }

    void write() {
        List<Party> signing = document.parties().stream().filter(p -> p.signatory() != null).toList();
        if (signing.isEmpty()) {
            return;
        }
        layout.keepSpace(260);
        document.section("Signatures");
        layout.text("Signed on behalf of each party by its representative on the date shown.");
        layout.signatures(signing.stream().map(p -> new Cover.Signatory(Words.of("For ")
                .term(document.path(p) + ".legalName", Wording.text(p.legalName()))
                .plain(" (" + AgreementDocument.role(p.role()) + ")"),
                Words.ofTerm(document.path(p) + ".signatory.name", Wording.text(p.signatory().name())),
                Words.ofTerm(document.path(p) + ".signatory.title", Wording.text(p.signatory().title())))).toList());
    }
}
