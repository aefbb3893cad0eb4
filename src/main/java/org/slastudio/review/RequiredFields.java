package org.slastudio.review;

import org.slastudio.model.Agreement;
import org.slastudio.model.AvailabilityWindow;
import org.slastudio.model.Clause;
import org.slastudio.model.Metric;
import org.slastudio.model.Overview;
import org.slastudio.model.Party;
import org.slastudio.model.Service;
import org.slastudio.model.ServiceLevel;

/** Fields without which the agreement cannot be calculated or signed. */
final class RequiredFields implements ReviewRule {

    @Override
    public void check(Agreement a, Findings out) {
        overview(a.overview(), out);
        for (int i = 0; i < a.parties().size(); i++) {
            Party p = a.parties().get(i);
            if (p != null) {
                String name = "Party " + Describe.label(p, i);
                text(p.id(), Paths.party(i) + ".id", name + " has no id, so services cannot refer to it.", "Give it a short id, e.g. 'provider'.", out);
                text(p.legalName(), Paths.party(i) + ".legalName", name + " has no legal name.", "Enter the party's registered legal name.", out);
                present(p.role(), Paths.party(i) + ".role", name + " has no role.", "Choose provider, customer, subcontractor or internal department.", out);
            }
        }
        for (int i = 0; i < a.services().size(); i++) {
            Service s = a.services().get(i);
            if (s != null) {
                service(s, i, out);
            }
        }
        for (int i = 0; i < a.windows().size(); i++) {
            AvailabilityWindow w = a.windows().get(i);
            if (w != null) {
                String name = "Window " + Describe.label(w, i);
                text(w.id(), Paths.window(i) + ".id", name + " has no id, so service levels cannot refer to it.", "Give it a short id, e.g. 'business-hours'.", out);
                text(w.name(), Paths.window(i) + ".name", name + " has no name.", "Name it as the agreement should, e.g. 'Business hours'.", out);
                present(w.zone(), Paths.window(i) + ".zone", name + " has no time zone, so its hours are not a point in time.", "Choose the time zone its hours are in, e.g. Europe/Berlin.", out);
            }
        }
        for (int i = 0; i < a.metrics().size(); i++) {
            Metric m = a.metrics().get(i);
            if (m != null) {
                String name = "Metric " + Describe.label(m, i);
                text(m.id(), Paths.metric(i) + ".id", name + " has no id.", "Give it a short id, e.g. 'p1-response'.", out);
                text(m.name(), Paths.metric(i) + ".name", name + " has no name.", "Name it as the agreement should, e.g. 'Incident response time'.", out);
                present(m.kind(), Paths.metric(i) + ".kind", name + " has no kind.", "Choose availability, response time, resolution time, count, error rate or custom.", out);
            }
        }
        for (int i = 0; i < a.clauses().size(); i++) {
            Clause c = a.clauses().get(i);
            if (c != null) {
                present(c.section(), Paths.clause(i) + ".section", "Clause " + (i + 1) + " belongs to no section, so it has no place in the document.", "Choose the section it belongs to.", out);
            }
        }
    }

    private static void overview(Overview o, Findings out) {
        if (o == null) {
            out.error("$.overview", "The overview is missing.", "Fill in the overview: title, type, effective date, currency and time zone.");
            return;
        }
        text(o.title(), Paths.overview("title"), "The agreement has no title.", "Enter a title, e.g. 'Cloud Hosting Service Level Agreement'.", out);
        present(o.type(), Paths.overview("type"), "The agreement has no type.", "Choose service-based, customer-based, multi-level or internal.", out);
        present(o.effectiveDate(), Paths.overview("effectiveDate"), "The agreement has no effective date.", "Enter the date from which the service levels apply.", out);
        present(o.currency(), Paths.overview("currency"), "The agreement has no currency, so fees and credits have no unit.", "Choose the currency fees are charged in, e.g. EUR.", out);
        present(o.measurementPeriod(), Paths.overview("measurementPeriod"), "The agreement has no measurement period.", "Choose the period over which availability is measured, e.g. calendar month.", out);
        present(o.timeZone(), Paths.overview("timeZone"), "The agreement has no time zone, so periods and deadlines have no start or end.", "Choose the time zone in which months start and end, e.g. UTC.", out);
    }

    private static void service(Service s, int i, Findings out) {
        String name = "Service " + Describe.label(s, i);
        text(s.id(), Paths.service(i) + ".id", name + " has no id.", "Give it a short id, e.g. 'storage'.", out);
        text(s.name(), Paths.service(i) + ".name", name + " has no name.", "Name it as the agreement should, e.g. 'Object Storage'.", out);
        text(s.providerId(), Paths.service(i) + ".providerId", name + " has no provider.", "Choose the party that provides it.", out);
        text(s.recipientId(), Paths.service(i) + ".recipientId", name + " has no recipient.", "Choose the party that receives it.", out);
        for (int j = 0; j < s.levels().size(); j++) {
            ServiceLevel l = s.levels().get(j);
            if (l != null) {
                String level = name + ", service level " + (j + 1);
                text(l.windowId(), Paths.level(i, j) + ".windowId", level + " applies in no window.", "Choose the availability window the target applies to.", out);
                present(l.targetPercent(), Paths.level(i, j) + ".targetPercent", level + " has no target.", "Enter the promised availability, e.g. 99.9%.", out);
            }
        }
    }

    private static void text(String value, String path, String message, String fix, Findings out) {
        if (Describe.blank(value)) {
            out.error(path, message, fix);
        }
    }

    private static void present(Object value, String path, String message, String fix, Findings out) {
        if (value == null) {
            out.error(path, message, fix);
        }
    }
}
