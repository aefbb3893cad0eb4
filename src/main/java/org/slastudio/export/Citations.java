package org.slastudio.export;

import java.util.Optional;
import org.slastudio.model.Agreement;
import org.slastudio.model.Service;
import org.slastudio.model.ServiceLevel;
import org.slastudio.store.Draft;

/**
 * The clauses of the agreement a report or a letter relies on, numbered as the agreement's PDF numbers them: where the
 * targets, the credit tiers, caps, earn-back and claims, the response times and the reporting duty are stated. A
 * clause the agreement does not have is not cited.
 */
final class Citations {
    private static final String CREDITS = "Service credits";

    private final AgreementOutline outline;
    private final Agreement agreement;

    Citations(Draft draft, ExportOptions options) {
        this.outline = AgreementOutline.ofBlocks(draft, options);
        this.agreement = draft.agreement();
    }

    Optional<AgreementOutline.Heading> measurement() {
        return outline.section("Measurement");
    }

    Optional<AgreementOutline.Heading> targets() {
        return outline.clause("Availability", "Service levels");
    }

    /** The clause of the tiers that apply to a level: its own credit terms, or the agreement's. */
    Optional<AgreementOutline.Heading> tiers(Service service, ServiceLevel level) {
        if (level.credits() != null) {
            String own = "Credit terms for " + Wording.text(service.name());
            String window = agreement.window(level.windowId()).map(w -> Wording.text(w.name())).orElse(Wording.NOT_STATED);
            Optional<AgreementOutline.Heading> clause = outline.clause(CREDITS, h -> h.equals(own)
                    || h.equals(own + " (" + window + ")"));
            if (clause.isPresent()) {
                return clause;
            }
        }
        return outline.clause(CREDITS, "Credit tiers");
    }

    /** Where the Availability Windows and their maintenance windows are stated. */
    Optional<AgreementOutline.Heading> maintenance() {
        return outline.clause("Availability", "Availability Windows");
    }

    Optional<AgreementOutline.Heading> caps() {
        return outline.clause(CREDITS, "Caps and minimum");
    }

    Optional<AgreementOutline.Heading> earnBack() {
        return outline.clause(CREDITS, "Earn-back");
    }

    Optional<AgreementOutline.Heading> claims() {
        return outline.clause(CREDITS, "Claims");
    }

    Optional<AgreementOutline.Heading> responseTimes() {
        return outline.clause("Metrics", "Response and resolution times");
    }

    /** The first clause of the Reporting section (the draft's own words on the report come first), else the section. */
    Optional<AgreementOutline.Heading> reporting() {
        return outline.clause("Reporting", caption -> true).or(() -> outline.section("Reporting"));
    }

    /** "clause 8.1 (Credit tiers)", "Section 10 (Reporting)", for the middle of a sentence. */
    static String inText(AgreementOutline.Heading heading) {
        return (heading.level() == 1 ? "Section " : "clause ") + heading.number() + " (" + AgreementOutline.short_(heading.caption()) + ")";
    }

    /** " under clause 8.1 (Credit tiers)", or nothing where the agreement has no such clause. */
    static String under(Optional<AgreementOutline.Heading> heading) {
        return heading.map(h -> " under " + inText(h)).orElse("");
    }

    /** "8.1", for a table's column; "—" where there is no such clause. */
    static String number(Optional<AgreementOutline.Heading> heading) {
        return heading.map(AgreementOutline.Heading::number).orElse("—");
    }
}
