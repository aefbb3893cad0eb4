package org.slastudio.export;

import java.util.ArrayList;
import java.util.List;
import org.slastudio.model.AgreementType;
import org.slastudio.model.Overview;
import org.slastudio.model.Party;
import org.slastudio.model.Renewal;

/** The title page: parties, effective date, term, version, fingerprint. */
final class TitlePage {
    /**
     * Tags of marks of the copy rather than terms of the draft (a tag of a term names its place in the draft file):
     * the date a copy was issued and its status differ from copy to copy, and reading a copy back passes over them.
     */
    static final String ISSUE_DATE = "#issueDate";
    static final String STATUS = "#status";
    private final AgreementDocument document;
    private final Overview overview;
    private final ExportOptions options;

    TitlePage(AgreementDocument document) {
        this.document = document;
        this.overview = document.overview();
        this.options = document.options();
    }

    /** What the title page says. */
    Cover cover() {
        List<Cover.CoverParty> parties = new ArrayList<>();
        for (Party party : document.parties()) {
            String at = document.path(party);
            parties.add(new Cover.CoverParty(Words.ofTerm(at + ".legalName", Wording.text(party.legalName())),
                    AgreementDocument.role(party.role()), Words.ofTerm(at + ".address", Wording.text(party.address()))));
        }
        List<Cover.Fact> facts = new ArrayList<>();
        facts.add(new Cover.Fact("Effective date", Words.ofTerm("overview.effectiveDate",
                Wording.date(overview.effectiveDate(), options.locale()))));
        facts.add(new Cover.Fact("Term", Words.of(termLine())));
        facts.add(new Cover.Fact("Governing law", Words.ofTerm("overview.governingLaw", Wording.text(overview.governingLaw()))));
        facts.add(new Cover.Fact("Version", Words.ofTerm("overview.version", document.version())));
        facts.add(new Cover.Fact(!options.draftMark() ? "Date of issue" : "Date of this draft",
                Words.ofTerm(ISSUE_DATE, Wording.date(options.issueDate(), options.locale()))));
        facts.add(new Cover.Fact("Fingerprint", Words.of(document.fingerprint() + "  (SHA-256 of the agreement file, first "
                + Fingerprint.SHORT_LENGTH + " characters)")));
        return new Cover(document.title(), typeLine(), parties, facts,
                options.draftMark() ? "Working draft for discussion. Not for signature." : null);
    }

    private String typeLine() {
        AgreementType type = overview.type();
        if (type == null) {
            return "Service level agreement";
        }
        return switch (type) {
            case SERVICE_BASED -> "Service-based agreement";
            case CUSTOMER_BASED -> "Customer-based agreement";
            case MULTI_LEVEL -> "Multi-level agreement";
            case INTERNAL -> "Internal (operational) agreement";
        };
    }

    private String termLine() {
        var term = overview.term();
        if (term == null || term.initialMonths() == null) {
            return Wording.NOT_STATED;
        }
        String line = Wording.plural(term.initialMonths(), "month");
        if (term.renewal() == org.slastudio.model.Renewal.AUTOMATIC && term.renewalMonths() != null) {
            line += ", renewing automatically for " + Wording.plural(term.renewalMonths(), "month")
                    + (term.noticeDays() == null ? "" : " unless " + Wording.plural(term.noticeDays(), "day") + "' notice is given");
        }
        return line;
    }
}
