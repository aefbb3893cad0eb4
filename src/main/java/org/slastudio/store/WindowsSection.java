package org.slastudio.store;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.EnumSet;
import java.util.Set;
import org.slastudio.model.AvailabilityWindow;
import org.slastudio.model.MaintenanceConvention;
import org.slastudio.model.MaintenanceRules;
import org.slastudio.model.MaintenanceWindow;
import org.slastudio.model.WeeklyHours;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;

/**
 * The availability windows of a draft file: weekly hours, holidays and maintenance. Read and write sit together in
 * one class per section, as a wizard step loads and builds its own part, so that a new term is one edit here.
 */
final class WindowsSection {

    private WindowsSection() {
    }

    static AvailabilityWindow readWindow(Fields o) {
        return new AvailabilityWindow(
                o.text("id"),
                o.text("name"),
                o.zone("zone"),
                o.list("hours", false, h -> new WeeklyHours(readDays(h, "days"), readTime(h, "from"), readTime(h, "until"))),
                o.dates("holidays"),
                o.list("maintenance", false, m -> new MaintenanceWindow(m.text("name"), readDays(m, "days"),
                        readTime(m, "from"), readTime(m, "until"), m.whole("noticeHours", "72"))),
                o.object("maintenanceRules", WindowsSection::readRules));
    }

    /** Absent, the rules are the standard ones: maintenance leaves the measured time, no notice excuses other work. */
    private static MaintenanceRules readRules(Fields o) {
        return new MaintenanceRules(o.choice("convention", MaintenanceConvention.class),
                o.whole("plannedWorkNoticeBusinessDays", "5"), o.text("businessDaysWindowId"));
    }

    private static void writeRules(Out o, MaintenanceRules v) {
        o.choice("convention", v.conventionOrDefault());
        o.whole("plannedWorkNoticeBusinessDays", v.plannedWorkNoticeBusinessDays());
        o.text("businessDaysWindowId", v.businessDaysWindowId() == null || v.businessDaysWindowId().isBlank()
                ? null : v.businessDaysWindowId());
    }

    static void writeWindow(Out o, AvailabilityWindow v) {
        o.text("id", v.id());
        o.text("name", v.name());
        o.zone("zone", v.zone());
        o.list("hours", v.hours(), null, WindowsSection::writeHours);
        o.dates("holidays", v.holidays());
        o.list("maintenance", v.maintenance(), null, WindowsSection::writeMaintenance);
        // Left out while standard, so a draft that never chose keeps its bytes.
        o.object("maintenanceRules", v.maintenanceRules().isStandard() ? null : v.maintenanceRules(), WindowsSection::writeRules);
    }

    private static void writeHours(Out o, WeeklyHours v) {
        o.put("days", days(v.days()));
        o.time("from", v.from());
        o.time("until", v.until());
    }

    private static void writeMaintenance(Out o, MaintenanceWindow v) {
        o.text("name", v.name());
        o.put("days", days(v.days()));
        o.time("from", v.from());
        o.time("until", v.until());
        o.whole("noticeHours", v.noticeHours());
    }

    private static Set<DayOfWeek> readDays(Fields o, String name) {
        JsonNode node = o.get(name);
        Set<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);
        if (node == null) {
            return days;
        }
        String path = o.at(name);
        if (!node.isArray()) {
            o.problem(path, "expected a list of days such as [\"monday\", \"tuesday\"], found " + Json.describe(node)
                    + "; read as no days.");
            return days;
        }
        for (int i = 0; i < node.size(); i++) {
            DayOfWeek day = o.choice(node.get(i), path + "[" + i + "]", DayOfWeek.class);
            if (day != null) {
                days.add(day);
            }
        }
        return days;
    }

    /** In week order, whatever order the set iterates in. */
    private static JsonNode days(Set<DayOfWeek> days) {
        ArrayNode array = Json.NODES.arrayNode();
        for (DayOfWeek day : DayOfWeek.values()) {
            if (days.contains(day)) {
                array.add(EnumNames.of(day));
            }
        }
        return array;
    }

    private static LocalTime readTime(Fields o, String name) {
        JsonNode node = o.get(name);
        if (node == null) {
            return null;
        }
        String example = "a time of day such as \"08:00\"";
        if (!node.isString()) {
            return o.expected(name, example, node);
        }
        if (node.asString().startsWith("24:00")) {
            return o.reject(name, "\"24:00\" is not a time of day; write \"00:00\", which at the end of a range means"
                    + " midnight at the end of the day" + Fields.KEPT);
        }
        try {
            return LocalTime.parse(node.asString());
        } catch (DateTimeException e) {
            return o.notValid(name, node, example + " (24-hour clock)");
        }
    }
}
