package org.slastudio.export;

import com.lowagie.text.Chunk;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.draw.DottedLineSeparator;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.slastudio.clauses.Placeholders;
import org.slastudio.model.Dates;
import org.slastudio.model.Agreement;
import org.slastudio.model.AgreementType;
import org.slastudio.model.AvailabilityWindow;
import org.slastudio.model.Clause;
import org.slastudio.model.DataSource;
import org.slastudio.model.MaintenanceWindow;
import org.slastudio.model.MeasurementPeriod;
import org.slastudio.model.MeasurementRule;
import org.slastudio.model.Metric;
import org.slastudio.model.MetricClassification;
import org.slastudio.model.MetricKind;
import org.slastudio.model.Overview;
import org.slastudio.model.Party;
import org.slastudio.model.PartyRole;
import org.slastudio.model.PriorityTarget;
import org.slastudio.model.ReportingFrequency;
import org.slastudio.model.Section;
import org.slastudio.model.Service;
import org.slastudio.model.ServiceLevel;
import org.slastudio.model.Signatory;
import org.slastudio.model.TargetComparator;

/** The agreement's content in contract order: title page, contents, numbered sections, signatures. */
final class AgreementDocument {

    private final Agreement agreement;
    private final Overview overview;
    private final ExportOptions options;
    private final String fingerprint;
    private final Definitions definitions;
    private final DowntimeFigures downtime;
    private final Map<String, Party> partiesById;
    private final Map<String, Service> servicesById;
    private final Map<String, AvailabilityWindow> windowsById;
    private Layout layout;
    private int sectionNumber;
    private int clauseNumber;
    private int subClauseNumber;

    AgreementDocument(Agreement agreement, ExportOptions options, String fingerprint) {
        this.agreement = agreement;
        this.overview = agreement.overview() == null ? Overview.blank() : agreement.overview();
        this.options = options.in(overview.locale());
        this.fingerprint = fingerprint;
        this.definitions = new Definitions(agreement);
        this.partiesById = byId(agreement.parties(), Party::id);
        this.servicesById = byId(agreement.services(), Service::id);
        this.windowsById = byId(agreement.windows(), AvailabilityWindow::id);
        this.downtime = new DowntimeFigures(overview, options.issueDate());
    }

    String title() {
        return overview.title() == null || overview.title().isBlank() ? "Service Level Agreement" : overview.title().strip();
    }

    String version() {
        return Wording.text(overview.version());
    }

    List<Party> parties() {
        return agreement.parties().stream().filter(Objects::nonNull).toList();
    }

    List<Service> services() {
        return agreement.services().stream().filter(Objects::nonNull).toList();
    }

    /** Lays out every page. */
    void build(Layout layout) {
        this.layout = layout;
        this.sectionNumber = 0;
        this.tables = 0;
        this.windowsTable = 0;
        titlePage();
        layout.newPage();
        contents();
        layout.newPage();
        overviewSection();
        definitionsSection();
        partiesSection();
        servicesSection();
        availabilitySection();
        measurementSection();
        proseSection(Section.EXCLUSIONS, "Exclusions");
        new CreditsSection(this, agreement, layout, definitions, options).write();
        metricsSection();
        reportingSection();
        proseSection(Section.ESCALATION, "Escalation");
        proseSection(Section.TERMINATION, "Termination");
        proseSection(Section.REVIEW_OF_SERVICE_LEVELS, "Review of service levels");
        signatures();
    }

    private void titlePage() {
        Paragraph kicker = new Paragraph("SERVICE LEVEL AGREEMENT", new Font(Fonts.SANS_BOLD, 10, Font.NORMAL, Layout.MUTED));
        kicker.setSpacingBefore(90);
        layout.add(kicker);
        Paragraph title = new Paragraph(30, title(), new Font(Fonts.SERIF_BOLD, 24, Font.NORMAL, Layout.ACCENT));
        title.setSpacingBefore(10);
        title.setSpacingAfter(6);
        layout.add(title);
        layout.add(new Paragraph(typeLine(), new Font(Fonts.SERIF_ITALIC, 11, Font.NORMAL, Layout.MUTED)));

        Paragraph between = new Paragraph("between", Layout.BODY_ITALIC);
        between.setSpacingBefore(36);
        between.setSpacingAfter(8);
        layout.add(between);
        List<Party> parties = parties();
        for (int i = 0; i < parties.size(); i++) {
            Party party = parties.get(i);
            Paragraph name = new Paragraph(16, "", Layout.BODY);
            name.add(new Chunk(Wording.text(party.legalName()), new Font(Fonts.SERIF_BOLD, 13, Font.NORMAL, Layout.INK)));
            name.add(new Chunk("   (the “" + role(party.role()) + "”)", Layout.BODY_ITALIC));
            layout.add(name);
            Paragraph address = new Paragraph(13, Wording.text(party.address()), Layout.BODY);
            address.setSpacingAfter(8);
            layout.add(address);
            if (i < parties.size() - 1) {
                Paragraph and = new Paragraph(i == parties.size() - 2 ? "and" : "", Layout.BODY_ITALIC);
                and.setSpacingAfter(8);
                layout.add(and);
            }
        }

        PdfPTable facts = new PdfPTable(new float[] {1.2f, 3f});
        facts.setWidthPercentage(100);
        facts.setSpacingBefore(48);
        fact(facts, "Effective date", Wording.date(overview.effectiveDate(), options.locale()));
        fact(facts, "Term", termLine());
        fact(facts, "Governing law", Wording.text(overview.governingLaw()));
        fact(facts, "Version", version());
        fact(facts, !options.draftMark() ? "Date of issue" : "Date of this draft", Wording.date(options.issueDate(), options.locale()));
        fact(facts, "Fingerprint", fingerprint + "  (SHA-256 of the agreement file, first "
                + Fingerprint.SHORT_LENGTH + " characters)");
        layout.add(facts);
        if (options.draftMark()) {
            Paragraph status = new Paragraph("Working draft for discussion. Not for signature.",
                    new Font(Fonts.SANS_BOLD, 9, Font.NORMAL, new java.awt.Color(0xa0, 0x20, 0x20)));
            status.setSpacingBefore(18);
            layout.add(status);
        }
    }

    private static void fact(PdfPTable table, String label, String value) {
        PdfPCell l = Layout.cell(label, Layout.TABLE_BOLD);
        PdfPCell v = Layout.cell(value, Layout.TABLE);
        l.setBorderColor(Layout.RULE);
        table.addCell(l);
        table.addCell(v);
    }

    private String typeLine() {
        AgreementType type = overview.type();
        if (type == null) {
            return "Service level agreement";
        }
        return switch (type) {
            case SERVICE_BASED -> "Service-based agreement";
            case CUSTOMER_BASED -> "Customer-based agreement";
            case MULTI_LEVEL -> "Multi-level agreement";
            case INTERNAL -> "Internal (operational) agreement";
        };
    }

    private String termLine() {
        var term = overview.term();
        if (term == null || term.initialMonths() == null) {
            return Wording.NOT_STATED;
        }
        String line = Wording.plural(term.initialMonths(), "month");
        if (term.renewal() == org.slastudio.model.Renewal.AUTOMATIC && term.renewalMonths() != null) {
            line += ", renewing automatically for " + Wording.plural(term.renewalMonths(), "month")
                    + (term.noticeDays() == null ? "" : " unless " + Wording.plural(term.noticeDays(), "day") + "' notice is given");
        }
        return line;
    }

    private void contents() {
        Paragraph heading = new Paragraph("Contents", Layout.SECTION);
        heading.setSpacingAfter(14);
        layout.add(heading);
        PdfPTable table = new PdfPTable(new float[] {0.7f, 6f, 0.5f});
        table.setWidthPercentage(100);
        table.setHeaderRows(0);
        for (Layout.Heading h : tableOfContents) {
            boolean section = h.level() == 1;
            Font font = section ? Layout.BODY_BOLD : Layout.BODY;
            PdfPCell number = plain(new Phrase(h.number(), font));
            Phrase title = new Phrase("", Layout.BODY);
            Chunk titleChunk = new Chunk(h.title() + " ", font);
            titleChunk.setLocalGoto(h.key());
            title.add(titleChunk);
            DottedLineSeparator dots = new DottedLineSeparator();
            dots.setGap(3);
            dots.setLineColor(Layout.RULE);
            Chunk leader = new Chunk(dots);
            leader.setFont(font);
            title.add(leader);
            PdfPCell titleCell = plain(title);
            PdfPCell pageCell = layout.pageCell(h.key(), font, TOC_LEADING);
            pageCell.setBorder(Rectangle.NO_BORDER);
            pageCell.setPaddingTop(number.getPaddingTop());
            pageCell.setPaddingBottom(number.getPaddingBottom());
            pageCell.setHorizontalAlignment(Element.ALIGN_RIGHT);
            if (section) {
                number.setPaddingTop(5);
                titleCell.setPaddingTop(5);
                pageCell.setPaddingTop(5);
            }
            table.addCell(number);
            table.addCell(titleCell);
            table.addCell(pageCell);
        }
        layout.add(table);
    }

    private static final float TOC_LEADING = 1.2f;
    private List<Layout.Heading> tableOfContents = List.of();

    void tableOfContents(List<Layout.Heading> headings) {
        this.tableOfContents = headings;
    }

    private static PdfPCell plain(Phrase phrase) {
        PdfPCell cell = new PdfPCell(phrase);
        cell.setBorder(Rectangle.NO_BORDER);
        cell.setPaddingTop(0.5f);
        cell.setPaddingBottom(0.5f);
        cell.setLeading(0, TOC_LEADING);
        cell.setPaddingLeft(0);
        return cell;
    }

    // ---- numbering

    String section(String title) {
        sectionNumber++;
        clauseNumber = 0;
        layout.section(String.valueOf(sectionNumber), title);
        return String.valueOf(sectionNumber);
    }

    String clauseHeading(String title) {
        String number = nextClause();
        layout.clauseHeading(number, title);
        return number;
    }

    private String nextClause() {
        clauseNumber++;
        subClauseNumber = 0;
        return sectionNumber + "." + clauseNumber;
    }

    /** 5.2.1, 5.2.2 ... under the clause last numbered. */
    private String nextSubClause() {
        subClauseNumber++;
        return sectionNumber + "." + clauseNumber + "." + subClauseNumber;
    }

    List<Clause> clauses(Section section) {
        return agreement.clauses().stream().filter(c -> c != null && c.section() == section).toList();
    }

    /** The draft's own text of a section, each clause under its own numbered heading, placeholders filled in. */
    void prose(Section section) {
        prose(clauses(section));
    }

    private void prose(List<Clause> clauses) {
        for (Clause clause : clauses) {
            String heading = clause.heading() == null || clause.heading().isBlank() ? "General"
                    : Placeholders.fill(clause.heading().strip(), agreement);
            clauseHeading(heading);
            for (String paragraph : paragraphs(Placeholders.fill(clause.text(), agreement))) {
                layout.text(paragraph);
            }
        }
    }

    /**
     * The text's paragraphs: every run of blanks holding a line break separates two. By hand, as the regex split
     * this replaces backtracked over long runs of blanks (100,000 spaces took over a minute).
     */
    static List<String> paragraphs(String text) {
        if (text == null || text.isBlank()) {
            return List.of(Wording.NOT_STATED);
        }
        String t = text.strip();
        List<String> paragraphs = new ArrayList<>();
        int start = 0;
        int i = 0;
        while (i < t.length()) {
            if (!blank(t.charAt(i))) {
                i++;
                continue;
            }
            int end = i;
            boolean lineBreak = false;
            while (end < t.length() && blank(t.charAt(end))) {
                lineBreak |= t.charAt(end) == '\n';
                end++;
            }
            if (lineBreak) {
                paragraphs.add(t.substring(start, i));
                start = end;
            }
            i = end;
        }
        paragraphs.add(t.substring(start));
        return paragraphs;
    }

    /** The blanks of {@code \s} in a regex, which the split used. */
    private static boolean blank(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }

    private void proseSection(Section section, String title) {
        if (!clauses(section).isEmpty()) {
            section(title);
            prose(section);
        }
    }

    // ---- sections

    private void overviewSection() {
        section("Overview");
        clauseHeading("Purpose");
        layout.text(Wording.text(overview.purpose()));
        clauseHeading("Term");
        layout.text(new Phrase("This Agreement takes effect on " + Wording.date(overview.effectiveDate(), options.locale())
                + " (the “Effective Date”). " + Wording.term(overview.term()), Layout.BODY));
        clauseHeading("Periods, time and currency");
        String zone = zone();
        String currency = overview.currency() == null ? Wording.NOT_STATED
                : overview.currency().getDisplayName(Locale.UK) + " (" + overview.currency().getCurrencyCode() + ")";
        layout.text("Service levels are measured over each " + Wording.period(overview.measurementPeriod()) + "."
                + (overview.measurementPeriod() == MeasurementPeriod.CALENDAR_MONTH_AS_30_DAYS ? Wording.thirtyDayMonth() : "")
                + " Times and deadlines are in " + zone + " time unless this Agreement says otherwise. Amounts are in "
                + currency + " and exclude value added tax.");
        clauseHeading("Governing law");
        // An internal agreement usually says why no law governs it; that reads best as the drafter wrote it.
        layout.text(overview.type() == AgreementType.INTERNAL && overview.governingLaw() != null
                && !overview.governingLaw().isBlank()
                ? Wording.capitalised(overview.governingLaw().strip()) + (overview.governingLaw().strip().endsWith(".") ? "" : ".")
                : "This Agreement is governed by the law of " + Wording.text(overview.governingLaw()) + ".");
        prose(Section.OVERVIEW);
    }

    private String zone() {
        return overview.timeZone() == null ? Wording.NOT_STATED : overview.timeZone().getId();
    }

    private void definitionsSection() {
        section("Definitions and interpretation");
        String number = nextClause();
        layout.numbered(number, new Phrase("In this Agreement the following terms have the meanings given below. "
                + "Where a defined term is used with capital letters it has that meaning throughout.", Layout.BODY));
        for (Definitions.Term term : definitions.terms()) {
            Phrase phrase = new Phrase("", Layout.BODY);
            phrase.add(new Chunk("“" + term.term() + "”", Layout.BODY_BOLD));
            phrase.add(new Chunk(" " + term.meaning(), Layout.BODY));
            layout.text(phrase);
        }
        prose(clauses(Section.DEFINITIONS).stream().filter(c -> !definitions.merged(c)).toList());
    }

    private void partiesSection() {
        section("Parties");
        for (Party party : parties()) {
            clauseHeading(Wording.text(party.legalName()) + " (the “" + role(party.role()) + "”)");
            Phrase phrase = new Phrase("", Layout.BODY);
            phrase.add(new Chunk("Address: ", Layout.BODY_BOLD));
            phrase.add(new Chunk(Wording.text(party.address()) + "\n", Layout.BODY));
            if (party.contact() != null) {
                phrase.add(new Chunk("Contact: ", Layout.BODY_BOLD));
                List<String> parts = new ArrayList<>();
                for (String s : new String[] {party.contact().name(), party.contact().email(), party.contact().phone()}) {
                    if (s != null && !s.isBlank()) {
                        parts.add(s.strip());
                    }
                }
                phrase.add(new Chunk(String.join(", ", parts), Layout.BODY));
            }
            layout.ragged(phrase);
        }
        prose(Section.PARTIES);
    }

    static String role(PartyRole role) {
        if (role == null) {
            return "Party";
        }
        return switch (role) {
            case PROVIDER -> "Provider";
            case CUSTOMER -> "Customer";
            case SUBCONTRACTOR -> "Subcontractor";
            case INTERNAL_DEPARTMENT -> "Department";
        };
    }

    private String partyName(String id) {
        Party party = id == null ? null : partiesById.get(id);
        return party != null ? Wording.text(party.legalName()) : id == null ? Wording.NOT_STATED : id;
    }

    String serviceName(String id) {
        Service service = id == null ? null : servicesById.get(id);
        return service != null ? Wording.text(service.name()) : id == null ? "—" : id;
    }

    String windowName(String id) {
        AvailabilityWindow window = id == null ? null : windowsById.get(id);
        return window != null ? Wording.text(window.name()) : id == null ? Wording.NOT_STATED : id;
    }

    /** The first entry with each id, as Agreement.service(id) finds it, without a search per table row. */
    private static <T> Map<String, T> byId(List<T> entries, Function<T, String> id) {
        Map<String, T> map = new HashMap<>();
        for (T entry : entries) {
            if (entry != null && id.apply(entry) != null) {
                map.putIfAbsent(id.apply(entry), entry);
            }
        }
        return map;
    }

    private void servicesSection() {
        section("Services");
        prose(Section.SERVICES);
        if (services().isEmpty()) {
            return;
        }
        clauseHeading("Services covered");
        layout.text("The Provider shall provide the following Services for the monthly fees shown. Monthly fees are "
                + "recurring charges; one-time fees carry no service levels.");
        Layout.Rows table = layout.rows("Table " + tableNumber() + ": Services and monthly fees",
                Layout.table(new float[] {0.6f, 2.2f, 4.0f, 2.2f, 1.9f}, "No.", "Service", "Description", "Provided by / to",
                        "Monthly fee"));
        int n = 0;
        for (Service service : services()) {
            table.add(Layout.cell(String.valueOf(++n)));
            table.add(Layout.cell(Wording.text(service.name()), Layout.TABLE_BOLD));
            table.add(Layout.cell(Wording.text(service.description())));
            table.add(Layout.cell(partyName(service.providerId()) + "\nto " + partyName(service.recipientId())));
            table.add(Layout.right(service.monthlyFee() == null ? "—" : Wording.money(service.monthlyFee(), options.locale())));
        }
        table.end();
    }

    private int tables;
    private int windowsTable;

    int tableNumber() {
        return ++tables;
    }

    private List<AvailabilityWindow> windows() {
        return agreement.windows().stream().filter(Objects::nonNull).toList();
    }

    private void availabilitySection() {
        section("Availability");
        prose(Section.AVAILABILITY);
        if (!windows().isEmpty()) {
            clauseHeading("Availability Windows");
            layout.text("Availability is promised and measured within the following Availability Windows:");
            for (AvailabilityWindow window : windows()) {
                Phrase phrase = new Phrase("", Layout.BODY);
                phrase.add(new Chunk("“" + Wording.text(window.name()) + "”", Layout.BODY_BOLD));
                phrase.add(new Chunk(": " + Wording.window(window) + ".", Layout.BODY));
                layout.subNumbered(nextSubClause(), phrase);
            }
            windowsTable = tableNumber();
            Layout.Rows table = layout.rows("Table " + windowsTable + ": Availability Windows",
                    Layout.table(new float[] {1.5f, 2.8f, 1.7f, 2.4f, 2.2f},
                            "Window", "Hours", "Time zone", "Public holidays", "Maintenance (notice)"));
            for (AvailabilityWindow window : windows()) {
                table.add(Layout.cell(Wording.text(window.name()), Layout.TABLE_BOLD));
                table.add(Layout.cell(window.isTwentyFourSeven() ? "24 hours, every day" : Wording.hours(window.hours())));
                table.add(Layout.cell(window.zone() == null ? Wording.NOT_STATED : window.zone().getId()));
                table.add(Layout.cell(window.holidays().isEmpty() ? "—" : window.holidays().stream()
                        .filter(Objects::nonNull).sorted().map(d -> Dates.shortDate(d, options.locale()).replace(' ', '\u00a0'))
                        .collect(Collectors.joining(", "))));
                table.add(Layout.cell(maintenanceCell(window)));
            }
            table.end();
        }
        if (services().stream().anyMatch(s -> !s.levels().isEmpty())) {
            clauseHeading("Service levels");
            layout.text("Each Service shall achieve at least the availability target shown in each of its Availability "
                    + "Windows in every Measurement Period. The allowed downtime is the Downtime the target leaves in "
                    + "that window; it is given to help the parties read the targets and does not change them.");
            // Above the table, not under it, so that it cannot end up alone at the top of the next page.
            layout.note(downtime.convention());
            Layout.Rows table = layout.rows("Table " + tableNumber() + ": Availability targets and the downtime they allow",
                    Layout.table(new float[] {2.3f, 1.5f, 0.9f, 1.9f, 2.1f, 1.5f}, "Service", "Window", "Target",
                            "Allowed per " + periodNoun(), "Allowed per year", "Service Credits"));
            for (Service service : services()) {
                for (ServiceLevel level : service.levels()) {
                    if (level == null) {
                        continue;
                    }
                    AvailabilityWindow window = level.windowId() == null ? null : windowsById.get(level.windowId());
                    DowntimeFigures.Allowance allowance = window == null || level.targetPercent() == null ? null
                            : downtime.of(window, level.targetPercent(), service.measurement());
                    table.add(Layout.cell(Wording.text(service.name()), Layout.TABLE_BOLD));
                    table.add(Layout.cell(windowName(level.windowId())));
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
                lines.add(Wording.maintenance(m) + (m.noticeHours() == null ? "" : " (" + m.noticeHours() + " h)"));
            }
        }
        return lines.isEmpty() ? "—" : String.join("\n", lines);
    }

    private void measurementSection() {
        section("Measurement");
        prose(Section.MEASUREMENT);
        List<Service> measured = services().stream().filter(s -> s.levels().stream().anyMatch(Objects::nonNull)).toList();
        if (measured.isEmpty()) {
            return;
        }
        clauseHeading("How Downtime is counted");
        Map<MeasurementRule, List<String>> byRule = new LinkedHashMap<>();
        for (Service service : measured) {
            byRule.computeIfAbsent(service.measurement(), r -> new ArrayList<>()).add(Wording.text(service.name()));
        }
        // A sentence that holds for several rules (the clock start, where periods are cut) is stated once, for all the
        // Services it holds for, rather than once per rule.
        Map<String, List<MeasurementRule>> rulesBySentence = new LinkedHashMap<>();
        for (MeasurementRule rule : byRule.keySet()) {
            String text = Wording.measurement(rule) + " Measurement Periods begin and end at " + Wording.periodCut(rule, zone()) + ".";
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
            layout.subNumbered(nextSubClause(), phrase);
        });
        String number = nextClause();
        layout.numbered(number, new Phrase("The " + definitions.uptime() + " is compared with the targets and the credit "
                + "tiers as calculated, without rounding. Scheduled Maintenance carried out within a Maintenance Window "
                + "on the notice stated" + (windowsTable == 0 ? "" : " in Table " + windowsTable)
                + " is not Downtime; time outside the Availability Window is not measured.", Layout.BODY));
        for (AvailabilityWindow window : windows()) {
            String id = window.maintenanceRules().businessDaysWindowId();
            String rules = Wording.maintenanceRules(window, id == null ? null
                    : agreement.window(id).map(w -> Wording.text(w.name())).orElse(id));
            if (!rules.isEmpty()) {
                layout.subNumbered(nextSubClause(), new Phrase("For the Availability Window “" + Wording.text(window.name())
                        + "”: " + rules, Layout.BODY));
            }
        }
    }

    private List<Metric> metrics() {
        return agreement.metrics().stream().filter(Objects::nonNull).toList();
    }

    private static boolean timed(Metric m) {
        return m.kind() == MetricKind.RESPONSE_TIME || m.kind() == MetricKind.RESOLUTION_TIME;
    }

    private void metricsSection() {
        if (metrics().isEmpty() && clauses(Section.METRICS).isEmpty()) {
            return;
        }
        section("Metrics");
        prose(Section.METRICS);
        List<Metric> timed = metrics().stream().filter(AgreementDocument::timed).toList();
        if (!timed.isEmpty()) {
            clauseHeading("Response and resolution times");
            layout.text("Incidents shall be responded to and resolved by the targets below, by priority. Times run "
                    + "on the clock shown: around the clock, or only within the hours of the named Availability Window.");
            record Row(PriorityTarget target, Metric metric) {
            }
            List<Row> rows = new ArrayList<>();
            for (Metric metric : timed) {
                for (PriorityTarget target : metric.priorityTargets()) {
                    if (target != null) {
                        rows.add(new Row(target, metric));
                    }
                }
            }
            rows.sort(Comparator.comparing((Row r) -> r.target().priority() == null ? Integer.MAX_VALUE
                    : r.target().priority().ordinal()).thenComparing(r -> r.metric().kind()));
            Layout.Rows table = layout.rows("Table " + tableNumber() + ": Response and resolution times by priority",
                    Layout.table(new float[] {1.1f, 1.4f, 3.2f, 1.4f, 1.6f, 1.5f, 1.4f},
                            "Priority", "Measure", "Metric", "Target", "Compliance", "Clock", "Type"));
            for (Row row : rows) {
                table.add(Layout.cell(row.target().priority() == null ? Wording.NOT_STATED
                        : row.target().priority().name(), Layout.TABLE_BOLD));
                table.add(Layout.cell(row.metric().kind() == MetricKind.RESPONSE_TIME ? "Response" : "Resolution"));
                table.add(Layout.cell(Wording.text(row.metric().name())));
                table.add(Layout.cell(Wording.target(row.target(), row.metric())));
                table.add(Layout.right(row.target().compliancePercent() == null ? "every Incident"
                        : Wording.percent(row.target().compliancePercent()) + " of Incidents"));
                table.add(Layout.cell(row.metric().clockWindowId() == null ? "24x7"
                        : windowName(row.metric().clockWindowId())));
                table.add(Layout.cell(classification(row.metric().classification())));
            }
            table.end();
        }
        List<Metric> others = metrics().stream().filter(m -> !timed(m)).toList();
        if (!others.isEmpty()) {
            clauseHeading("Other service measures");
            layout.text("The following measures are reported for each period shown:");
            Layout.Rows table = layout.rows("Table " + tableNumber() + ": Other service measures",
                    Layout.table(new float[] {2.8f, 2f, 1.7f, 1.1f, 1.5f, 1.9f, 1.4f},
                            "Metric", "Service", "Target", "Period", "Source", "Responsible", "Type"));
            for (Metric metric : others) {
                table.add(Layout.cell(Wording.text(metric.name()), Layout.TABLE_BOLD));
                table.add(Layout.cell(serviceName(metric.serviceId())));
                table.add(Layout.cell(target(metric)));
                table.add(Layout.cell(periodShort(metric.period())));
                table.add(Layout.cell(metric.dataSource() == DataSource.MANUAL ? "Manual" : "Automated"));
                table.add(Layout.cell(partyName(metric.responsiblePartyId())));
                table.add(Layout.cell(classification(metric.classification())));
            }
            table.end();
        }
    }

    private String target(Metric metric) {
        if (metric.target() == null) {
            return Wording.NOT_STATED;
        }
        String comparator = metric.comparator() == TargetComparator.AT_MOST ? "at most " : "at least ";
        String unit = metric.unit() == null || metric.unit().isBlank() ? "" : metric.unit().strip();
        String value = "%".equals(unit) ? metric.target().toPlainString() : Wording.quantity(metric.target(), options.locale());
        return comparator + ("%".equals(unit) ? value + "%" : value + (unit.isEmpty() ? "" : " " + unit));
    }

    private static String classification(MetricClassification c) {
        return c == MetricClassification.CRITICAL ? "Critical (credits)" : "Key (reported)";
    }

    private static String periodShort(MeasurementPeriod period) {
        if (period == null) {
            return Wording.NOT_STATED;
        }
        return switch (period) {
            case CALENDAR_MONTH -> "Month";
            case FIXED_30_DAY_MONTH -> "30 days";
            case CALENDAR_MONTH_AS_30_DAYS -> "Month (as 30 days)";
            case CALENDAR_QUARTER -> "Quarter";
            case WEEK -> "Week";
        };
    }

    private void reportingSection() {
        Map<ReportingFrequency, List<String>> byFrequency = new EnumMap<>(ReportingFrequency.class);
        for (Metric metric : metrics()) {
            if (metric.reporting() != null) {
                byFrequency.computeIfAbsent(metric.reporting(), f -> new ArrayList<>()).add(Wording.text(metric.name()));
            }
        }
        if (byFrequency.isEmpty() && clauses(Section.REPORTING).isEmpty()) {
            return;
        }
        section("Reporting");
        prose(Section.REPORTING);
        if (byFrequency.isEmpty()) {
            return;
        }
        clauseHeading("Reported measures");
        layout.text("The party responsible for each measure shall report it to the other parties as follows:");
        for (Map.Entry<ReportingFrequency, List<String>> entry : byFrequency.entrySet()) {
            Phrase phrase = new Phrase("", Layout.BODY);
            phrase.add(new Chunk(Wording.capitalised(entry.getKey().name().toLowerCase(Locale.ROOT)) + ": ", Layout.BODY_BOLD));
            phrase.add(new Chunk(Wording.list(entry.getValue()) + ".", Layout.BODY));
            layout.subNumbered(nextSubClause(), phrase);
        }
        if (metrics().stream().anyMatch(m -> m.dataSource() == DataSource.MANUAL)) {
            layout.text("Measures compiled by hand are reported with the records they were compiled from, so that the "
                    + "other party can check them.");
        }
    }

    private void signatures() {
        List<Party> signing = parties().stream().filter(p -> p.signatory() != null).toList();
        if (signing.isEmpty()) {
            return;
        }
        layout.keepSpace(260);
        sectionNumber++;
        layout.section(String.valueOf(sectionNumber), "Signatures");
        layout.text("Signed on behalf of each party by its representative on the date shown.");
        // One table per pair of parties, so that each line of a block is on the same row as its neighbour's, however
        // many lines the parties' names take.
        for (int i = 0; i < signing.size(); i += 2) {
            List<Party> pair = signing.subList(i, Math.min(i + 2, signing.size()));
            PdfPTable blocks = new PdfPTable(new float[] {0.9f, 2.6f, 0.5f, 0.9f, 2.6f});
            blocks.setWidthPercentage(100);
            blocks.setSpacingBefore(i == 0 ? 12 : 30);
            blocks.setKeepTogether(true);
            for (int p = 0; p < 2; p++) {
                PdfPCell name = new PdfPCell(new Phrase(p < pair.size() ? "For " + Wording.text(pair.get(p).legalName())
                        + " (" + role(pair.get(p).role()) + ")" : "", Layout.BODY_BOLD));
                name.setColspan(2);
                name.setBorder(Rectangle.NO_BORDER);
                name.setPaddingBottom(12);
                blocks.addCell(name);
                if (p == 0) {
                    blocks.addCell(gap());
                }
            }
            for (String line : List.of("Signature", "Name", "Title", "Date")) {
                for (int p = 0; p < 2; p++) {
                    Signatory signatory = p < pair.size() ? pair.get(p).signatory() : null;
                    String value = signatory == null ? "" : switch (line) {
                        case "Name" -> Wording.text(signatory.name());
                        case "Title" -> Wording.text(signatory.title());
                        default -> "";
                    };
                    signatureLine(blocks, p < pair.size() ? line : "", value, p < pair.size());
                    if (p == 0) {
                        blocks.addCell(gap());
                    }
                }
            }
            layout.add(blocks);
        }
    }

    private static PdfPCell gap() {
        PdfPCell cell = new PdfPCell(new Phrase("", Layout.BODY));
        cell.setBorder(Rectangle.NO_BORDER);
        return cell;
    }

    private static void signatureLine(PdfPTable block, String label, String value, boolean ruled) {
        PdfPCell l = new PdfPCell(new Phrase(label, Layout.TABLE));
        l.setBorder(Rectangle.NO_BORDER);
        l.setPaddingTop(14);
        PdfPCell v = new PdfPCell(new Phrase(value, Layout.BODY));
        v.setBorder(ruled ? Rectangle.BOTTOM : Rectangle.NO_BORDER);
        v.setBorderColor(Layout.INK);
        v.setBorderWidth(0.5f);
        v.setPaddingTop(14);
        v.setPaddingBottom(3);
        block.addCell(l);
        block.addCell(v);
    }
}
