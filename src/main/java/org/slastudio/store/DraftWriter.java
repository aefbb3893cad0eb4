package org.slastudio.store;

import org.slastudio.model.AgreedFigure;
import org.slastudio.model.Agreement;
import org.slastudio.model.AvailabilityWindow;
import org.slastudio.model.Metric;
import org.slastudio.model.Negotiation;
import org.slastudio.model.Party;
import org.slastudio.model.Service;
import tools.jackson.databind.node.ObjectNode;

/**
 * Writes an agreement as the tree of a draft file: fields in record component order, nulls left out, lists always
 * present, and each unknown field put back after the known field it followed (see {@link Out}). Each section of
 * the agreement is written by its own class, {@link ServicesSection} and the like.
 */
final class DraftWriter {

    private DraftWriter() {
    }

    static ObjectNode write(Draft draft, int schemaVersion) {
        Agreement a = draft.agreement();
        Out o = new Out(draft.unknownFields(), "$");
        o.put("schemaVersion", Json.NODES.numberNode(schemaVersion));
        o.object("overview", a.overview(), OverviewSection::writeOverview);
        o.list("parties", a.parties(), Party::id, PartiesSection::writeParty);
        o.list("services", a.services(), Service::id, ServicesSection::writeService);
        o.list("windows", a.windows(), AvailabilityWindow::id, WindowsSection::writeWindow);
        o.object("creditRegime", a.creditRegime(), CreditRegimeSection::writeCreditRegime);
        o.list("metrics", a.metrics(), Metric::id, MetricsSection::writeMetric);
        o.list("clauses", a.clauses(), null, ClausesSection::writeClause);
        o.list("figures", a.figures(), AgreedFigure::id, ClausesSection::writeFigure);
        o.object("simulationAssumptions", a.simulationAssumptions(), SimulationSection::writeSimulationAssumptions);
        Negotiation n = a.negotiation();
        o.object("negotiation", n.positions().isEmpty() && n.rounds().isEmpty() ? null : n,
                NegotiationSection::writeNegotiation);
        return o.done();
    }
}
