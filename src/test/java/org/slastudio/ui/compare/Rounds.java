package org.slastudio.ui.compare;

import org.slastudio.model.Agreement;
import org.slastudio.model.Clause;
import org.slastudio.model.CreditRegime;
import org.slastudio.model.Negotiation;
import org.slastudio.model.Position;
import org.slastudio.model.Section;
import org.slastudio.model.Service;
import org.slastudio.model.ServiceLevel;
import org.slastudio.ui.start.ExampleAgreement;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/** Our draft and the one the other side sent back: a lower cap, a lower target, and a changed clause. */
public final class Rounds {
    private Rounds() {
    }

    public static Agreement ours() {
        Agreement example = ExampleAgreement.managedHosting();
        String target = "services[" + example.services().get(0).id() + "].levels[" + example.services().get(0).levels().get(0).windowId()
                + "].targetPercent";
        return example.withClauses(List.of(
                        new Clause(Section.SERVICE_CREDITS, "Remedies", "Service credits are the sole remedy for missed service levels.")))
                .withNegotiation(new Negotiation(List.of(
                        new Position(target, new BigDecimal("99.95"), List.of(new BigDecimal("99.9")), new BigDecimal("99.8")),
                        new Position("creditRegime.monthlyCapPercent", new BigDecimal("50"), List.of(new BigDecimal("40")),
                                new BigDecimal("30"))), List.of()));
    }

    public static Agreement theirs() {
        Agreement ours = ours();
        CreditRegime r = ours.creditRegime();
        Service hosting = ours.services().get(0);
        List<ServiceLevel> levels = new ArrayList<>(hosting.levels());
        levels.set(0, new ServiceLevel(levels.get(0).windowId(), new BigDecimal("99.5"), levels.get(0).creditBearing()));
        List<Service> services = new ArrayList<>(ours.services());
        services.set(0, new Service(hosting.id(), hosting.name(), hosting.description(), hosting.providerId(), hosting.recipientId(),
                hosting.monthlyFee(), hosting.businessImportance(), hosting.downtimeCostPerHour(), levels, hosting.measurement()));
        return ours.withServices(services)
                .withCreditRegime(new CreditRegime(r.tiers(), r.feeBasis(), new BigDecimal("30"), r.rollingTwelveMonthCapPercent(),
                        r.atRisk(), r.minimumCredit(), r.earnBack(), r.claimDeadline(), r.soleRemedy()))
                .withClauses(List.of(new Clause(Section.SERVICE_CREDITS, "Remedies",
                        "Service credits are the only remedy for missed service levels.")));
    }
}
