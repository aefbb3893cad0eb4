package org.slastudio.export;

import com.lowagie.text.Chunk;
import com.lowagie.text.Phrase;
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
    private final Layout layout;
    private int windowsTable;

    AvailabilitySection(AgreementDocument document, Layout layout) {
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
            Layout.Rows table = layout.rows("Table " + windowsTable + ": Availability Windows",
                    Layout.table(new float[] {1.5f, 2.6f, 2.0f, 2.2f, 2.3f},
                            "Window", "Hours", "Time zone", "Public holidays", "Maintenance windows"));
            for (AvailabilityWindow window : windows()) {
                table.add(Layout.cell(Wording.text(window.name()), Layout.TABLE_BOLD));
                table.add(Layout.cell(window.isTwentyFourSeven() ? "24 hours, every day" : WindowWording.hours(window.hours())));
                table.add(Layout.cell(window.zone() == null ? Wording.NOT_STATED : window.zone().getId()));
                table.add(Layout.cell(window.holidays().isEmpty() ? "—" : window.holidays().stream()
                        .filter(Objects::nonNull).sorted().map(d -> Dates.shortDate(d, options.locale()).replace(' ', '\u00a0'))
                        .collect(Collectors.joining(", "))));
                table.add(Layout.cell(maintenanceCell(window)));
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
            Layout.Rows table = layout.rows("Table " + document.tableNumber() + ": Availability targets and the downtime they allow",
                    Layout.table(new float[] {2.3f, 1.5f, 0.9f, 1.9f, 2.1f, 1.5f}, "Service", "Window", "Target",
                            "Allowed per " + periodNoun(), "Allowed per year", "Service Credits"));
            for (Service service : document.services()) {
                for (ServiceLevel level : service.levels()) {
                    if (level == null) {
                        continue;
                    }
                    AvailabilityWindow window = level.windowId() == null ? null : document.window(level.windowId());
                    DowntimeFigures.Allowance allowance = window == null || level.targetPercent() == null ? null
                            : downtime.of(window, level.targetPercent(), service.measurement());
                    table.add(Layout.cell(Wording.text(service.name()), Layout.TABLE_BOLD));
                    table.add(Layout.cell(document.windowName(level.windowId())));
                    table.add(Layout.right(Wording.percent(level.targetPercent())));
                    table.add(Layout.right(allowance == null || allowance.perPeriod() == null ? "—" : allowance.perPeriod()));
                    table.add(Layout.right(allowance == null || allowance.perYear() == null ? "—" : allowance.perYear()));
                    table.add(Layout.cell(level.creditBearing() ? "Yes" : "No (reported only)"));
                }
            }
            table.end();
        }
    }

    private String periodNoun() {
        MeasurementPeriod period = overview.measurementPeriod();
        return period == MeasurementPeriod.CALENDAR_QUARTER ? "quarter" : period == MeasurementPeriod.WEEK ? "week" : "month";
    }

    private static String maintenanceCell(AvailabilityWindow window) {
        List<String> lines = new ArrayList<>();
        for (MaintenanceWindow m : window.maintenance()) {
            if (m != null) {
                lines.add(WindowWording.maintenance(m) + (m.noticeHours() == null ? "" : " (" + ClockTime.notice(m.noticeHours()) + " notice)"));
            }
        }
        return lines.isEmpty() ? "—" : String.join("\n", lines);
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
            Phrase phrase = new Phrase("", Layout.BODY);
            if (rules.size() == byRule.size() && byRule.size() > 1) {
                phrase.add(new Chunk("For every Service with an availability target: ", Layout.BODY_BOLD));
            } else if (names.size() <= 8) {
                phrase.add(new Chunk("For " + Wording.list(names) + ": ", Layout.BODY_BOLD));
            } else {
                // A long list in bold would shout; the lead-in stays bold so the clause can still be found.
                phrase.add(new Chunk("For the following " + names.size() + " Services: ", Layout.BODY_BOLD));
                phrase.add(new Chunk(Wording.list(names) + ". ", Layout.BODY));
            }
            phrase.add(new Chunk(String.join(" ", sentences), Layout.BODY));
            layout.subNumbered(document.nextSubClause(), phrase);
        });
        String number = document.nextClause();
        layout.numbered(number, new Phrase("The " + definitions.uptime() + " is compared with the targets and the credit "
                + "tiers as calculated, without rounding. Scheduled Maintenance carried out within a Maintenance Window "
                + "on the notice stated" + (windowsTable == 0 ? "" : " in Table " + windowsTable)
                + " is not Downtime; time outside the Availability Window is not measured.", Layout.BODY));
        for (AvailabilityWindow window : windows()) {
            String id = window.maintenanceRules().businessDaysWindowId();
            String rules = WindowWording.maintenanceRules(window, id == null ? null
                    : agreement.window(id).map(w -> Wording.text(w.name())).orElse(id));
            if (!rules.isEmpty()) {
                layout.subNumbered(document.nextSubClause(), new Phrase("For the Availability Window “" + Wording.text(window.name())
                        + "”: " + rules, Layout.BODY));
            }
        }
    }
}
