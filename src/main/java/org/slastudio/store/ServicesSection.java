package org.slastudio.store;

import org.slastudio.model.ClockStart;
import org.slastudio.model.MeasurementMethod;
import org.slastudio.model.MeasurementRule;
import org.slastudio.model.MinimumOutageBound;
import org.slastudio.model.Service;
import org.slastudio.model.ServiceLevel;

/**
 * The services of a draft file, with their levels and measurement rule. Read and write sit together in one class
 * per section, as a wizard step loads and builds its own part, so that a new term is one edit in one small file.
 */
final class ServicesSection {

    private ServicesSection() {
    }

    static Service readService(Fields o) {
        return new Service(
                o.text("id"),
                o.text("name"),
                o.text("description"),
                o.text("providerId"),
                o.text("recipientId"),
                o.money("monthlyFee"),
                o.decimal("businessImportance", "3"),
                o.money("downtimeCostPerHour"),
                o.list("levels", false, l -> new ServiceLevel(l.text("windowId"),
                        l.decimal("targetPercent", "99.95"), l.flag("creditBearing"),
                        l.object("credits", CreditRegimeSection::readLevelCredits))),
                o.object("measurement", ServicesSection::readMeasurement));
    }

    static void writeService(Out o, Service v) {
        o.text("id", v.id());
        o.text("name", v.name());
        o.text("description", v.description());
        o.text("providerId", v.providerId());
        o.text("recipientId", v.recipientId());
        o.money("monthlyFee", v.monthlyFee());
        o.decimal("businessImportance", v.businessImportance());
        o.money("downtimeCostPerHour", v.downtimeCostPerHour());
        o.list("levels", v.levels(), null, ServicesSection::writeLevel);
        o.object("measurement", v.measurement(), ServicesSection::writeMeasurement);
    }

    private static void writeLevel(Out o, ServiceLevel v) {
        o.text("windowId", v.windowId());
        o.decimal("targetPercent", v.targetPercent());
        o.flag("creditBearing", v.creditBearing());
        o.object("credits", v.credits(), CreditRegimeSection::writeLevelCredits);
    }

    private static MeasurementRule readMeasurement(Fields o) {
        return new MeasurementRule(
                o.choice("method", MeasurementMethod.class),
                o.whole("intervalMinutes", "5"),
                o.decimal("errorRateThresholdPercent", "5.0"),
                o.whole("minimumOutageMinutes", "5"),
                o.choice("minimumOutageBound", MinimumOutageBound.class),
                o.choice("clockStart", ClockStart.class),
                o.flag("periodsInUtc"));
    }

    private static void writeMeasurement(Out o, MeasurementRule v) {
        o.choice("method", v.method());
        o.whole("intervalMinutes", v.intervalMinutes());
        o.decimal("errorRateThresholdPercent", v.errorRateThresholdPercent());
        o.whole("minimumOutageMinutes", v.minimumOutageMinutes());
        o.choice("minimumOutageBound", v.minimumOutageBound());
        o.choice("clockStart", v.clockStart());
        o.flag("periodsInUtc", v.periodsInUtc());
    }
}
