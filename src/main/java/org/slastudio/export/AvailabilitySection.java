package org.slastudio.export;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import org.slastudio.clauses.ClockTime;
import org.slastudio.model.Agreement;
import org.slastudio.model.AvailabilityWindow;
import org.slastudio.model.Dates;
import org.slastudio.model.MaintenanceWindow;
import org.slastudio.model.MeasurementPeriod;
import org.slastudio.model.MeasurementRule;
import org.slastudio.model.Overview;
import org.slastudio.model.Section;
import org.slastudio.model.Service;
import org.slastudio.model.ServiceLevel;

/**
 * The Availability section (Availability Windows, the service levels and the downtime they allow) and the Measurement
 * section (how Downtime is counted for each Service).
 */
final class AvailabilitySection {
    private final AgreementDocument document;
    private final Agreement agreement;
    private final Overview overview;
    private final ExportOptions options;
    private final Definitions definitions;
    private final DowntimeFigures downtime;
    private final Pages layout;
    private int windowsTable;

    AvailabilitySection(AgreementDocument document, Pages layout) {
        this.document = document;
        this.agreement = document.agreement();
        this.overview = document.overview();
        this.options = document.options();
        this.definitions = document.definitions();
        this.downtime = document.downtime();
        this.layout = layout;
    }

    private List<AvailabilityWindow> windows() {
        return document.agreement().windows().stream().filter(Objects::nonNull).toList();
    }

    void writeAvailability() {
        document.sectionBeforeTable("Availability");
        document.prose(Section.AVAILABILITY);
        if (!windows().isEmpty()) {
            document.tableClauseHeading("Availability Windows");
            windowsTable = document.tableNumber();
            // The table states each window once; a list of the same windows in words above it said it all again.
            layout.text("Availability is promised and measured within the Availability Windows in Table " + windowsTable
                    + ", each in its own time zone, without its public holidays and outside its Maintenance Windows.");
            Pages.Rows table = layout.rows("Table " + windowsTable + ": Availability Windows",
                    Columns.of(new float[] {1.5f, 2.6f, 2.0f, 2.2f, 2.3f},
                            "Window", "Hours", "Time zone", "Public holidays", "Maintenance windows"));
            for (AvailabilityWindow window : windows()) {
                table.add(Cell.of(Words.ofTerm(document.path(window) + ".name", Wording.text(window.name())).in(Words.Emphasis.BOLD)));
                table.add(Cell.of(window.isTwentyFourSeven() ? "24 hours, every day" : WindowWording.hours(window.hours())));
                table.add(Cell.of(window.zone() == null ? Wording.NOT_STATED : window.zone().getId()));
                table.add(Cell.of(window.holidays().isEmpty() ? "—" : window.holidays().stream()
                        .filter(Objects::nonNull).sorted().map(d -> Dates.shortDate(d, options.locale()).replace(' ', '\u00a0'))
                        .collect(Collectors.joining(", "))));
                table.add(Cell.of(maintenanceCell(window)));
            }
            table.end();
        }
        if (document.services().stream().anyMatch(s -> !s.levels().isEmpty())) {
            document.tableClauseHeading("Service levels");
            layout.text("Each Service shall achieve at least the availability target shown in each of its Availability "
                    + "Windows in every Measurement Period. The allowed downtime is the Downtime the target leaves in "
                    + "that window; it is given to help the parties read the targets and does not change them.");
            // Above the table, not under it, so that it cannot end up alone at the top of the next page.
            layout.note(downtime.convention());
            Pages.Rows table = layout.rows("Table " + document.tableNumber() + ": Availability targets and the downtime they allow",
                    Columns.of(new float[] {2.3f, 1.5f, 0.9f, 1.9f, 2.1f, 1.5f}, "Service", "Window", "Target",
                            "Allowed per " + periodNoun(), "Allowed per year", "Service Credits"));
            for (Service service : document.services()) {
                for (ServiceLevel level : service.levels()) {
                    if (level == null) {
                        continue;
                    }
                    AvailabilityWindow window = level.windowId() == null ? null : document.window(level.windowId());
                    DowntimeFigures.Allowance allowance = window == null || level.targetPercent() == null ? null
                            : downtime.of(window, level.targetPercent(), service.measurement());
                    table.add(Cell.bold(Wording.text(service.name())));
                    table.add(Cell.of(document.windowName(level.windowId())));
                    table.add(Cell.right(Words.ofTerm(document.path(level) + ".targetPercent", Wording.percent(level.targetPercent()))));
                    table.add(Cell.right(allowance == null || allowance.perPeriod() == null ? "—" : allowance.perPeriod()));
                    table.add(Cell.right(allowance == null || allowance.perYear() == null ? "—" : allowance.perYear()));
                    table.add(Cell.of(level.creditBearing() ? "Yes" : "No (reported only)"));
                }
            }
            table.end();
        }
    }

    private String periodNoun() {
        MeasurementPeriod period = overview.measurementPeriod();
        return period == MeasurementPeriod.CALENDAR_QUARTER ? "quarter" : period == MeasurementPeriod.WEEK ? "week" : "month";
    }

    private Words maintenanceCell(AvailabilityWindow window) {
        Words cell = new Words();
        for (int i = 0; i < window.maintenance().size(); i++) {
            MaintenanceWindow m = window.maintenance().get(i);
            if (m != null) {
                cell.plain((cell.runs().isEmpty() ? "" : "\n") + WindowWording.maintenance(m));
                if (m.noticeHours() != null) {
                    cell.plain(" (").term(document.path(window) + ".maintenance[" + i + "].noticeHours",
                            ClockTime.notice(m.noticeHours())).plain(" notice)");
                }
            }
        }
        return cell.runs().isEmpty() ? Words.of("—") : cell;
    }

    void writeMeasurement() {
        document.section("Measurement");
        document.prose(Section.MEASUREMENT);
        List<Service> measured = document.services().stream().filter(s -> s.levels().stream().anyMatch(Objects::nonNull)).toList();
        if (measured.isEmpty()) {
            return;
        }
        document.clauseHeading("How Downtime is counted");
        Map<MeasurementRule, List<String>> byRule = new LinkedHashMap<>();
        for (Service service : measured) {
            byRule.computeIfAbsent(service.measurement(), r -> new ArrayList<>()).add(Wording.text(service.name()));
        }
        // A sentence that holds for several rules (the clock start, where periods are cut) is stated once, for all the
        // Services it holds for, rather than once per rule.
        Map<String, List<MeasurementRule>> rulesBySentence = new LinkedHashMap<>();
        for (MeasurementRule rule : byRule.keySet()) {
            String text = Wording.measurement(rule) + " Measurement Periods begin and end at " + Wording.periodCut(rule, document.zone()) + ".";
            for (String sentence : text.split("(?<=\\.)\\s+(?=[A-Z])")) {
                rulesBySentence.computeIfAbsent(sentence, x -> new ArrayList<>()).add(rule);
            }
        }
        Map<List<MeasurementRule>, List<String>> sentencesByRules = new LinkedHashMap<>();
        rulesBySentence.forEach((sentence, rules) -> sentencesByRules.computeIfAbsent(rules, x -> new ArrayList<>()).add(sentence));
        sentencesByRules.forEach((rules, sentences) -> {
            List<String> names = rules.stream().flatMap(r -> byRule.get(r).stream()).toList();
            Words phrase = new Words();
            if (rules.size() == byRule.size() && byRule.size() > 1) {
                phrase.strong("For every Service with an availability target: ");
            } else if (names.size() <= 8) {
                phrase.strong("For " + Wording.list(names) + ": ");
            } else {
                // A long list in bold would shout; the lead-in stays bold so the clause can still be found.
                phrase.strong("For the following " + names.size() + " Services: ");
                phrase.plain(Wording.list(names) + ". ");
            }
            phrase.plain(String.join(" ", sentences));
            layout.subNumbered(document.nextSubClause(), phrase);
        });
        String number = document.nextClause();
        layout.numbered(number, Words.of("The " + definitions.uptime() + " is compared with the targets and the credit "
                + "tiers as calculated, without rounding. Scheduled Maintenance carried out within a Maintenance Window "
                + "on the notice stated" + (windowsTable == 0 ? "" : " in Table " + windowsTable)
                + " is not Downtime; time outside the Availability Window is not measured."));
        for (AvailabilityWindow window : windows()) {
            String id = window.maintenanceRules().businessDaysWindowId();
            String rules = WindowWording.maintenanceRules(window, id == null ? null
                    : agreement.window(id).map(w -> Wording.text(w.name())).orElse(id));
            if (!rules.isEmpty()) {
                layout.subNumbered(document.nextSubClause(), Words.of("For the Availability Window “" + Wording.text(window.name())
                        + "”: " + rules));
            }
        }
    }
}
