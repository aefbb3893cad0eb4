package org.slastudio.review;

import org.slastudio.model.Agreement;
import org.slastudio.model.Metric;
import org.slastudio.model.Service;
import org.slastudio.model.ServiceLevel;

/** Ids that point at a party, service or window the draft does not have. */
final class References implements ReviewRule {

    @Override
    public void check(Agreement a, Findings out) {
        for (int i = 0; i < a.services().size(); i++) {
            Service s = a.services().get(i);
            if (s == null) {
                continue;
            }
            String name = "Service " + Describe.label(s, i);
            if (!Describe.blank(s.providerId()) && a.party(s.providerId()).isEmpty()) {
                out.error(Paths.service(i) + ".providerId", name + " is provided by '" + s.providerId() + "', but no party has that id.",
                        "Choose one of the parties as provider, or add the missing party.");
            }
            if (!Describe.blank(s.recipientId()) && a.party(s.recipientId()).isEmpty()) {
                out.error(Paths.service(i) + ".recipientId", name + " is received by '" + s.recipientId() + "', but no party has that id.",
                        "Choose one of the parties as recipient, or add the missing party.");
            }
            if (!Describe.blank(s.providerId()) && s.providerId().equals(s.recipientId())) {
                out.error(Paths.service(i) + ".recipientId", name + " is provided and received by the same party '" + s.providerId() + "'.",
                        "Choose a different party as recipient.");
            }
            for (int j = 0; j < s.levels().size(); j++) {
                ServiceLevel l = s.levels().get(j);
                if (l != null && !Describe.blank(l.windowId()) && a.window(l.windowId()).isEmpty()) {
                    out.error(Paths.level(i, j) + ".windowId", name + ", service level " + (j + 1) + " applies in window '" + l.windowId()
                            + "', but no window has that id.", "Choose one of the availability windows, or add the missing one.");
                }
            }
        }
        for (int i = 0; i < a.metrics().size(); i++) {
            Metric m = a.metrics().get(i);
            if (m == null) {
                continue;
            }
            String name = "Metric " + Describe.label(m, i);
            if (!Describe.blank(m.serviceId()) && a.service(m.serviceId()).isEmpty()) {
                out.error(Paths.metric(i) + ".serviceId", name + " measures service '" + m.serviceId() + "', but no service has that id.",
                        "Choose one of the services, or leave it empty for a metric of the whole agreement.");
            }
            if (!Describe.blank(m.clockWindowId()) && a.window(m.clockWindowId()).isEmpty()) {
                out.error(Paths.metric(i) + ".clockWindowId", name + " runs its clock in window '" + m.clockWindowId()
                        + "', but no window has that id.", "Choose one of the availability windows, or leave it empty for a 24x7 clock.");
            }
            if (!Describe.blank(m.responsiblePartyId()) && a.party(m.responsiblePartyId()).isEmpty()) {
                out.error(Paths.metric(i) + ".responsiblePartyId", name + " is the responsibility of '" + m.responsiblePartyId()
                        + "', but no party has that id.", "Choose the party that must meet the target.");
            }
        }
    }
}
