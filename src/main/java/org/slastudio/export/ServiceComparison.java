package org.slastudio.export;

import java.time.LocalDate;
import java.util.List;
import org.slastudio.engine.AllowedDowntime;
import org.slastudio.model.Agreement;
import org.slastudio.model.AvailabilityWindow;
import org.slastudio.model.ClockStart;
import org.slastudio.model.MaintenanceConvention;
import org.slastudio.model.MaintenanceWindow;
import org.slastudio.model.MeasurementMethod;
import org.slastudio.model.MeasurementRule;
import org.slastudio.model.MinimumOutageBound;
import org.slastudio.model.Service;
import org.slastudio.model.ServiceLevel;
import org.slastudio.negotiation.Change;
import org.slastudio.negotiation.TermKey;

/** The comparison's words for services and their levels and measurement, and for availability windows. */
final class ServiceComparison {
    private final Comparison c;

    ServiceComparison(Comparison comparison) {
        this.c = comparison;
    }

    Comparison.Entry entry(Change change) {
        return switch (change.term().steps().get(0).field()) {
            case "services" -> service(change);
            case "windows" -> window(change);
            default -> new MetricComparison(c).entry(change);
        };
    }

    // ---- services

    private Comparison.Cite servicesTable(AgreementOutline outline) {
        return Comparison.where(outline, "Services", "Services covered", "Services and monthly fees");
    }

    private Comparison.Entry service(Change change) {
        TermKey key = change.term();
        Service a = (Service) Comparison.at(c.previous, key, 1);
        Service b = (Service) Comparison.at(c.next, key, 1);
        List<TermKey.Step> steps = key.steps();
        if (steps.size() >= 2 && steps.get(1).field().equals("levels")) {
            return level(change, a, b);
        }
        if (steps.size() >= 2 && steps.get(1).field().equals("measurement")) {
            return measurement(change, a, b);
        }
        switch (change.kind()) {
            case REMOVED -> {
                return a == null ? null : c.says(servicesTable(c.was), the(a) + " is deleted from the Services, with its service levels");
            }
            case ADDED -> {
                if (b == null) {
                    return null;
                }
                String fee = b.monthlyFee() == null ? "" : ", for a monthly fee of " + c.money(b.monthlyFee());
                return c.says(servicesTable(c.is), the(b) + " is added to the Services" + fee);
            }
            case MOVED -> {
                return b == null ? null : c.says(servicesTable(c.is), the(b) + " is now listed "
                        + Comparison.place(c.next.services(), b, s -> the((Service) s)));
            }
            default -> {
            }
        }
        if (a == null || b == null) {
            return null;
        }
        Comparison.Cite cite = servicesTable(c.is);
        return switch (Comparison.field(change)) {
            case "name" -> c.says(cite, "the Service " + Comparison.quoted(name(a)) + " is renamed " + Comparison.quoted(name(b)));
            case "description" -> c.says(cite, c.changed("description of " + the(b), a.description(), b.description(),
                    Comparison::quoted, "changed"));
            case "providerId" -> c.says(cite, the(b) + " is now provided by " + party(c.next, b.providerId())
                    + " instead of " + party(c.previous, a.providerId()));
            case "recipientId" -> c.says(cite, the(b) + " is now provided to " + party(c.next, b.recipientId())
                    + " instead of " + party(c.previous, a.recipientId()));
            case "monthlyFee" -> c.says(cite, c.changed("monthly fee for " + the(b), a.monthlyFee(), b.monthlyFee(), c::money,
                    Comparison.verb(a.monthlyFee(), b.monthlyFee())));
            // Our estimates for the simulator, not terms: the agreement does not state them.
            case "businessImportance", "downtimeCostPerHour" -> null;
            default -> c.fallback(change);
        };
    }

    private static String name(Service s) {
        return Comparison.name(s.name(), s.id());
    }

    /** "the Managed Database", as the agreement's sentences name a Service. */
    static String the(Service s) {
        String name = name(s);
        return name.regionMatches(true, 0, "the ", 0, 4) ? name : "the " + name;
    }

    static String party(Agreement agreement, String id) {
        if (id == null) {
            return "no party stated";
        }
        return agreement.party(id).map(p -> Comparison.name(p.legalName(), p.id())).orElse(id);
    }

    static String window(Agreement agreement, String id) {
        return Comparison.quoted(agreement.window(id).map(w -> Comparison.name(w.name(), w.id())).orElse(Comparison.name(null, id)));
    }

    // ---- service levels

    private Comparison.Entry level(Change change, Service service, Service serviceNext) {
        TermKey key = change.term();
        ServiceLevel a = (ServiceLevel) Comparison.at(c.previous, key, 2);
        ServiceLevel b = (ServiceLevel) Comparison.at(c.next, key, 2);
        Service named = serviceNext != null ? serviceNext : service;
        if (named == null) {
            return null;
        }
        if (key.steps().size() >= 3 && key.steps().get(2).field().equals("credits")) {
            return new CreditComparison(c).entry(change, new CreditComparison.Scope(named, a != null ? a : b));
        }
        Comparison.Cite cite = Comparison.where(b != null ? c.is : c.was, "Availability", "Service levels", "Availability targets");
        String windowName = window(b != null ? c.next : c.previous, (b != null ? b : a) == null ? null : (b != null ? b : a).windowId());
        String where = " for " + the(named) + " in the Availability Window " + windowName;
        switch (change.kind()) {
            case ADDED -> {
                return b == null ? null : c.says(cite, "an availability target of " + Wording.percent(b.targetPercent()) + " is set"
                        + where + (b.creditBearing() ? "" : ", reported only and bearing no Service Credits"));
            }
            case REMOVED -> {
                return a == null ? null : c.says(cite, "the availability target of " + Wording.percent(a.targetPercent())
                        + where + " is deleted");
            }
            case MOVED -> {
                return null; // levels are matched by window, not by place
            }
            default -> {
            }
        }
        if (a == null || b == null) {
            return null;
        }
        return switch (Comparison.field(change)) {
            case "targetPercent" -> c.says(cite, c.changed("availability target" + where, a.targetPercent(), b.targetPercent(),
                    Wording::percent, Comparison.verb(a.targetPercent(), b.targetPercent())) + allowance(service, serviceNext, a, b));
            case "creditBearing" -> c.says(cite, b.creditBearing()
                    ? "the availability target" + where + " now bears Service Credits"
                    : "the availability target" + where + " is now reported only and no longer bears Service Credits");
            default -> c.fallback(change);
        };
    }

    /** ", which allows 43 min of Downtime in January 2027 instead of 21 min 54 s": both from the agreement's own figures. */
    private String allowance(Service service, Service serviceNext, ServiceLevel a, ServiceLevel b) {
        if (a.targetPercent() == null || b.targetPercent() == null) {
            return "";
        }
        LocalDate day = c.options.issueDate();
        AvailabilityWindow wa = c.previous.window(a.windowId()).orElse(null);
        AvailabilityWindow wb = c.next.window(b.windowId()).orElse(null);
        MeasurementRule ra = service == null ? null : service.measurement();
        MeasurementRule rb = serviceNext == null ? null : serviceNext.measurement();
        if (AllowedDowntime.byRequests(ra) || AllowedDowntime.byRequests(rb)) {
            return AllowedDowntime.byRequests(ra) && AllowedDowntime.byRequests(rb)
                    ? ", so that " + AllowedDowntime.failingShare(b.targetPercent()) + " of Requests may fail instead of "
                    + AllowedDowntime.failingShare(a.targetPercent()) : "";
        }
        DowntimeFigures.Allowance before = wa == null ? null
                : new DowntimeFigures(overview(c.previous), day).of(wa, a.targetPercent(), ra);
        DowntimeFigures.Allowance after = wb == null ? null
                : new DowntimeFigures(overview(c.next), day).of(wb, b.targetPercent(), rb);
        if (before == null || after == null || before.perPeriod() == null || after.perPeriod() == null) {
            return "";
        }
        String whenBefore = AllowedDowntime.of(overview(c.previous), day).when();
        String whenAfter = AllowedDowntime.of(overview(c.next), day).when();
        return ", which allows " + after.perPeriod() + " of Downtime " + whenAfter + " instead of " + before.perPeriod()
                + (whenBefore.equals(whenAfter) ? "" : " " + whenBefore);
    }

    private static org.slastudio.model.Overview overview(Agreement a) {
        return a.overview() == null ? org.slastudio.model.Overview.blank() : a.overview();
    }

    // ---- measurement

    private Comparison.Entry measurement(Change change, Service service, Service serviceNext) {
        if (serviceNext == null || service == null) {
            return null;
        }
        MeasurementRule a = service.measurement();
        MeasurementRule b = serviceNext.measurement();
        Comparison.Cite cite = Comparison.where(c.is, "Measurement", "How Downtime is counted", null);
        String of = the(serviceNext);
        if (a == null || b == null) {
            return b != null ? c.says(cite, "for " + of + ": " + Wording.measurement(b).replaceAll("\\.$", ""))
                    : c.says(cite, "the rule of measurement for " + of + " is deleted");
        }
        return switch (Comparison.field(change)) {
            case "method" -> c.says(cite, "the availability of " + of + " is now measured " + method(b.method())
                    + " instead of " + method(a.method()));
            case "intervalMinutes" -> c.says(cite, c.changed("measurement interval for " + of, a.intervalMinutes(),
                    b.intervalMinutes(), n -> Wording.plural(n, "minute"), Comparison.verb(a.intervalMinutes(), b.intervalMinutes(),
                            "lengthened", "shortened")));
            case "errorRateThresholdPercent" -> c.says(cite, c.changed("error rate above which an interval of " + of
                    + " is unavailable", a.errorRateThresholdPercent(), b.errorRateThresholdPercent(), Wording::percent,
                    Comparison.verb(a.errorRateThresholdPercent(), b.errorRateThresholdPercent())));
            case "minimumOutageMinutes" -> c.says(cite, c.changed("shortest outage counted for " + of, a.minimumOutageMinutes(),
                    b.minimumOutageMinutes(), n -> Wording.plural(n, "minute"),
                    Comparison.verb(a.minimumOutageMinutes(), b.minimumOutageMinutes(), "lengthened", "shortened")));
            case "minimumOutageBound" -> c.says(cite, "an outage of " + of + " lasting exactly the minimum of "
                    + Wording.plural(b.minimumOutageMinutes() == null ? 0 : b.minimumOutageMinutes(), "minute")
                    + (b.bound() == MinimumOutageBound.MORE_THAN ? " is no longer counted" : " is now counted"));
            case "clockStart" -> c.says(cite, "Downtime of " + of + " is now counted " + clock(b.clockStart())
                    + ", instead of " + clock(a.clockStart()));
            case "periodsInUtc" -> c.says(cite, "Measurement Periods for " + of + " now begin and end at "
                    + Wording.periodCut(b, zone(c.next)) + " instead of " + Wording.periodCut(a, zone(c.previous)));
            default -> c.fallback(change);
        };
    }

    private static String zone(Agreement a) {
        return a.overview() == null || a.overview().timeZone() == null ? Wording.NOT_STATED : a.overview().timeZone().getId();
    }

    private static String method(MeasurementMethod method) {
        if (method == null) {
            return "by a method not stated";
        }
        return switch (method) {
            case TIME_BASED -> "by the minutes of Downtime in the Availability Window";
            case INTERVAL_SHARE -> "by the share of intervals that are not unavailable";
            case INTERVAL_AVERAGE_ERROR_RATE -> "as 100% minus the average error rate of its intervals";
            case REQUEST_COUNTS -> "by the share of valid Requests that succeed";
        };
    }

    private static String clock(ClockStart start) {
        return start == ClockStart.AT_FAULT_REPORT ? "from the time the Customer reports the fault"
                : "from the time the failure begins";
    }

    // ---- availability windows

    private Comparison.Entry window(Change change) {
        TermKey key = change.term();
        AvailabilityWindow a = (AvailabilityWindow) Comparison.at(c.previous, key, 1);
        AvailabilityWindow b = (AvailabilityWindow) Comparison.at(c.next, key, 1);
        Comparison.Cite cite = Comparison.where(b != null ? c.is : c.was, "Availability", "Availability Windows", "Availability Windows");
        AvailabilityWindow named = b != null ? b : a;
        if (named == null) {
            return null;
        }
        String window = "the Availability Window " + Comparison.quoted(Comparison.name(named.name(), named.id()));
        List<TermKey.Step> steps = key.steps();
        if (steps.size() == 1) {
            return switch (change.kind()) {
                case ADDED -> c.says(cite, "a new Availability Window " + Comparison.quoted(Comparison.name(b.name(), b.id()))
                        + " is inserted: " + WindowWording.window(b));
                case REMOVED -> c.says(cite, window + " is deleted");
                case MOVED -> c.says(cite, window + " is now listed " + Comparison.place(c.next.windows(), b,
                        w -> Comparison.quoted(Comparison.name(((AvailabilityWindow) w).name(), ((AvailabilityWindow) w).id()))));
                default -> null;
            };
        }
        if (a == null || b == null) {
            return null;
        }
        String part = steps.get(1).field();
        if (part.equals("holidays")) {
            LocalDate day = (LocalDate) (change.kind() == Change.Kind.REMOVED ? key.valueIn(c.previous) : key.valueIn(c.next));
            return day == null ? null : c.says(cite, Wording.date(day, c.options.locale()) + (change.kind() == Change.Kind.REMOVED
                    ? " is no longer a public holiday of " : " is added to the public holidays of ") + window);
        }
        if (part.equals("maintenance")) {
            MaintenanceWindow x = (MaintenanceWindow) key.valueIn(c.previous);
            MaintenanceWindow y = (MaintenanceWindow) key.valueIn(c.next);
            return switch (change.kind()) {
                case ADDED -> y == null ? null : c.says(cite, "a maintenance window" + maintenanceName(y) + ", " + maintenance(y)
                        + ", is added to " + window);
                case REMOVED -> x == null ? null : c.says(cite, "the maintenance window" + maintenanceName(x) + " of " + window
                        + ", " + maintenance(x) + ", is deleted");
                case MOVED -> null;
                default -> x == null || y == null ? null : c.says(cite, "the maintenance window" + maintenanceName(y) + " of "
                        + window + " is changed from " + maintenance(x) + " to " + maintenance(y));
            };
        }
        if (part.equals("maintenanceRules")) {
            return maintenanceRules(change, window, a, b);
        }
        return switch (part) {
            case "name" -> Comparison.name(a.name(), null).equals(Wording.NOT_STATED)
                    ? c.says(cite, "the Availability Window without a name is named " + Comparison.quoted(Comparison.name(b.name(), b.id())))
                    : c.says(cite, "the Availability Window " + Comparison.quoted(a.name().strip()) + " is renamed "
                    + Comparison.quoted(Comparison.name(b.name(), b.id())));
            case "zone" -> c.says(cite, c.changed("time zone of " + window, a.zone(), b.zone(), Object::toString, "changed"));
            case "hours" -> c.says(cite, "the hours of " + window + " are " + Comparison.verb(a.nominalWeeklyMinutes(),
                    b.nominalWeeklyMinutes(), "extended", "reduced") + " from " + hours(a) + " to " + hours(b));
            default -> c.fallback(change);
        };
    }

    private static String hours(AvailabilityWindow w) {
        return w.isTwentyFourSeven() ? "24 hours a day, 7 days a week" : WindowWording.hours(w.hours());
    }

    private static String maintenanceName(MaintenanceWindow m) {
        return m.name() == null || m.name().isBlank() ? "" : " " + Comparison.quoted(m.name().strip());
    }

    private static String maintenance(MaintenanceWindow m) {
        return WindowWording.maintenance(m) + (m.noticeHours() == null ? ""
                : " on " + Wording.plural(m.noticeHours(), "hour") + "' notice").replace("1 hour'", "1 hour's");
    }

    private Comparison.Entry maintenanceRules(Change change, String window, AvailabilityWindow a, AvailabilityWindow b) {
        Comparison.Cite cite = Comparison.where(c.is, "Measurement", null, null);
        var x = a.maintenanceRules();
        var y = b.maintenanceRules();
        return switch (Comparison.field(change)) {
            case "convention" -> c.says(cite, y.conventionOrDefault() == MaintenanceConvention.COUNTED_AS_AVAILABLE
                    ? "Scheduled Maintenance in " + window + " now counts as time in which the Service is available, instead of "
                    + "being excluded from the time measured"
                    : "Scheduled Maintenance in " + window + " is now excluded from the time measured, instead of counting as "
                    + "time in which the Service is available");
            case "plannedWorkNoticeBusinessDays" -> c.says(cite, c.changed("notice that excuses planned work outside the "
                            + "Maintenance Windows of " + window, x.plannedWorkNoticeBusinessDays(), y.plannedWorkNoticeBusinessDays(),
                    d -> Wording.plural(d, "Business Day"), Comparison.verb(x.plannedWorkNoticeBusinessDays(),
                            y.plannedWorkNoticeBusinessDays(), "lengthened", "shortened")));
            case "businessDaysWindowId" -> c.says(cite, "for the notice of planned work in " + window + ", a Business Day is now "
                    + businessDays(c.next, y.businessDaysWindowId()) + " instead of " + businessDays(c.previous, x.businessDaysWindowId()));
            default -> c.fallback(change);
        };
    }

    private static String businessDays(Agreement agreement, String windowId) {
        return windowId == null ? "a day from Monday to Friday"
                : "a day on which the Availability Window " + window(agreement, windowId) + " has hours";
    }
}
