package org.slastudio.store;

import org.slastudio.model.AgreementType;
import org.slastudio.model.MeasurementPeriod;
import org.slastudio.model.Overview;
import org.slastudio.model.Renewal;
import org.slastudio.model.Term;

/**
 * The overview of a draft file and its term. Read and write sit together in one class per section, as a wizard
 * step loads and builds its own part, so that a new term is one edit in one small file.
 */
final class OverviewSection {

    private OverviewSection() {
    }

    static Overview readOverview(Fields o) {
        return new Overview(
                o.text("title"),
                o.choice("type", AgreementType.class),
                o.date("effectiveDate"),
                o.object("term", OverviewSection::readTerm),
                o.text("purpose"),
                o.text("governingLaw"),
                o.currency("currency"),
                o.choice("measurementPeriod", MeasurementPeriod.class),
                o.zone("timeZone"),
                o.text("version"),
                o.locale("locale"));
    }

    static void writeOverview(Out o, Overview v) {
        o.text("title", v.title());
        o.choice("type", v.type());
        o.time("effectiveDate", v.effectiveDate());
        o.object("term", v.term(), OverviewSection::writeTerm);
        o.text("purpose", v.purpose());
        o.text("governingLaw", v.governingLaw());
        o.currency("currency", v.currency());
        o.choice("measurementPeriod", v.measurementPeriod());
        o.zone("timeZone", v.timeZone());
        o.text("version", v.version());
        o.locale("locale", v.locale());
    }

    private static Term readTerm(Fields o) {
        return new Term(o.whole("initialMonths", "36"), o.choice("renewal", Renewal.class), o.whole("renewalMonths", "12"),
                o.whole("noticeDays", "90"));
    }

    private static void writeTerm(Out o, Term v) {
        o.whole("initialMonths", v.initialMonths());
        o.choice("renewal", v.renewal());
        o.whole("renewalMonths", v.renewalMonths());
        o.whole("noticeDays", v.noticeDays());
    }
}
