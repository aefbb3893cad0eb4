package org.slastudio.export;

import com.lowagie.text.Chunk;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.slastudio.model.Agreement;
import org.slastudio.model.AvailabilityWindow;
import org.slastudio.model.Money;
import org.slastudio.model.Overview;
import org.slastudio.model.Service;
import org.slastudio.model.ServiceLevel;
import org.slastudio.model.MeasurementRule;
import org.slastudio.negotiation.Change;
import org.slastudio.negotiation.DraftDiff;
import org.slastudio.simulation.LevelOutlook;
import org.slastudio.simulation.ServiceTradeOff;
import org.slastudio.simulation.Simulator;
import org.slastudio.simulation.TradeOffTable;
import org.slastudio.store.Draft;

/**
 * A short memo for a consultant's client: two to four variants of an agreement side by side, with what each promises
 * (targets, allowed downtime, fees) and what the simulator expects it to pay out and leave uncovered, a list of what
 * changes between them, and the consultant's recommendation. It may go to either side, so our positions are never in
 * it; each option's fingerprint is the one its own agreement PDF carries.
 */
public final class OptionsMemoPdf {
    /** Changes listed per option; a longer list stops reading as a summary. */
    private static final int CHANGES_SHOWN = 8;
    /** Marks a target that earns no credits: it is only reported. */
    private static final String REPORTED_ONLY = "†";
    private static final Font KICKER = new Font(Fonts.SANS_BOLD, 9, Font.NORMAL, Layout.MUTED);
    private static final Font TITLE = new Font(Fonts.SANS_BOLD, 18, Font.NORMAL, Layout.ACCENT);
    private static final Font LABEL = new Font(Fonts.SANS_BOLD, 9, Font.NORMAL, Layout.MUTED);
    private static final Font VALUE = new Font(Fonts.SANS, 9.5f, Font.NORMAL, Layout.INK);

    /** One option ready to print: stripped of our positions, fingerprinted and simulated. */
    private record Column(MemoOption option, Agreement agreement, String fingerprint, TradeOffTable simulated,
                          DowntimeFigures downtime) {
        String name() {
            return option.name();
        }
    }

    private OptionsMemoPdf() {
    }

    /**
     * @throws IllegalArgumentException if there are fewer than two or more than four options, two share a name, or an
     *                                  option cannot be simulated (the message names the option and the field to fix)
     */
    public static MemoResult write(List<MemoOption> options, MemoDetails details, ExportOptions given,
                                   OutputStream out) throws IOException {
        Objects.requireNonNull(details, "details");
        Objects.requireNonNull(given, "exportOptions");
        ExportOptions exportOptions = given.in(options == null || options.isEmpty() || options.get(0).agreement().overview() == null
                ? null : options.get(0).agreement().overview().locale());
        if (options == null || options.size() < 2 || options.size() > 4) {
            throw new IllegalArgumentException("An options memo compares two to four options; "
                    + (options == null ? 0 : options.size()) + " given");
        }
        Set<String> names = new HashSet<>();
        for (MemoOption option : options) {
            if (!names.add(option.name())) {
                throw new IllegalArgumentException("Two options are both called \"" + option.name() + "\"; give each its own name");
            }
        }
        List<Column> columns = new ArrayList<>();
        for (MemoOption option : options) {
            columns.add(column(option, details, exportOptions));
        }
        String title = details.title() == null || details.title().isBlank()
                ? "Service level options: " + agreementTitle(columns.get(0).agreement()) : details.title().strip();

        Consumer<Layout> build = layout -> build(layout, columns, details, exportOptions, title);
        String footer = "Options memo   ·   Fingerprints " + java.util.stream.IntStream.range(0, columns.size())
                .mapToObj(i -> (i + 1) + " " + columns.get(i).fingerprint()).collect(Collectors.joining("  "));
        PageFurniture furniture = new PageFurniture(title, footer, exportOptions.draftMark(), Layout.headingsOf(build));
        Layout.draw(out, "the options memo", furniture, exportOptions.issued(), (document, writer) -> {
            document.addTitle(title);
            document.addSubject("Options memo: " + columns.stream().map(Column::name).collect(Collectors.joining(", ")));
            if (details.preparedBy() != null && !details.preparedBy().isBlank()) {
                document.addAuthor(details.preparedBy().strip());
            }
        }, build);
        return new MemoResult(furniture.pageCount(), columns.stream().map(Column::fingerprint).toList());
    }

    private static Column column(MemoOption option, MemoDetails details, ExportOptions exportOptions) {
        Draft draft = AgreementPdf.withoutNegotiation(Draft.of(option.agreement()));
        Agreement agreement = draft.agreement();
        TradeOffTable simulated;
        try {
            // Only the drafted levels are wanted; the simulator adds each service's own to the candidates anyway.
            simulated = Simulator.of(agreement, agreement.simulationAssumptions(), draftedTargets(agreement))
                    .run(details.trials(), details.seed());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("Option \"" + option.name() + "\": " + e.getMessage(), e);
        }
        Overview overview = agreement.overview() == null ? Overview.blank() : agreement.overview();
        DowntimeFigures downtime = new DowntimeFigures(overview, exportOptions.issueDate());
        return new Column(option, agreement, Fingerprint.shortOf(draft), simulated, downtime);
    }

    private static List<BigDecimal> draftedTargets(Agreement agreement) {
        TreeSet<BigDecimal> targets = new TreeSet<>();
        for (Service s : agreement.services()) {
            if (s == null) {
                continue;
            }
            for (ServiceLevel l : s.levels()) {
                if (l != null && l.targetPercent() != null && l.targetPercent().signum() > 0
                        && l.targetPercent().compareTo(BigDecimal.valueOf(100)) < 0) {
                    targets.add(l.targetPercent());
                }
            }
        }
        return List.copyOf(targets);
    }

    private static void build(Layout layout, List<Column> columns, MemoDetails details, ExportOptions exportOptions,
                              String title) {
        Locale locale = exportOptions.locale();
        heading(layout, columns, details, title, locale);

        // A reader decides from the first page: the recommendation comes before the figures that support it.
        layout.section("1", "Recommendation");
        recommendation(layout, details.recommendation());

        layout.section("2", "The options");
        int n = 0;
        for (Column c : columns) {
            n++;
            Overview o = c.agreement().overview() == null ? Overview.blank() : c.agreement().overview();
            Phrase phrase = new Phrase("", Layout.BODY);
            phrase.add(new Chunk(c.name(), Layout.BODY_BOLD));
            String what = c.option().basis() != null ? c.option().basis()
                    : agreementTitle(c.agreement()) + (o.version() == null || o.version().isBlank() ? "" : ", version " + o.version().strip());
            phrase.add(new Chunk(": " + what + ".", Layout.BODY));
            layout.numbered(String.valueOf(n), phrase);
        }

        layout.note("Credits, customer loss and margin are expected values: averages over " + String.format(Locale.UK,
                "%,d", details.trials()) + " simulated months of each service, drawn with the same seed for every option. "
                + "Section 5 says how they were worked out.");
        PdfPTable glance = atAGlance(columns, locale);
        // Short enough to keep whole, with its caption: measured at the width the layout will give it.
        glance.setTotalWidth(PageSize.A4.getWidth() - 2 * Layout.MARGIN - Layout.HANG);
        glance.setLockedWidth(true);
        layout.keepSpace(glance.getTotalHeight() + 30);
        layout.table("Table 1   At a glance: all services together", glance);

        // The heading, its two lines and the table's first service belong together.
        layout.keepSpace(240);
        layout.section("3", "The options service by service");
        layout.text("Allowed downtime is for the first month of the term, with maintenance windows and public holidays"
                + " taken out, as Section 5 says. " + REPORTED_ONLY
                + " marks a target that is only reported: missing it earns no service credits.");
        layout.table("Table 2   Targets, allowed downtime, fees, credits and losses by service", sideBySide(columns, locale));

        layout.section("4", "What changes between the options");
        Agreement first = columns.get(0).agreement();
        for (int i = 1; i < columns.size(); i++) {
            Column c = columns.get(i);
            List<Change> changes = DraftDiff.between(first, c.agreement());
            layout.clauseHeading("4." + i, c.name() + " compared with " + columns.get(0).name());
            if (changes.isEmpty()) {
                layout.text("No term changes: the two options are the same agreement.");
                continue;
            }
            for (Change change : changes.subList(0, Math.min(CHANGES_SHOWN, changes.size()))) {
                layout.numbered("–", new Phrase(summary(change), Layout.BODY));
            }
            if (changes.size() > CHANGES_SHOWN) {
                int more = changes.size() - CHANGES_SHOWN;
                layout.note("… and " + Wording.number(more) + " further change" + (more == 1 ? "" : "s")
                        + ", listed in full by the comparison of the two drafts.");
            }
        }

        layout.section("5", "How the figures were worked out");
        Set<String> conventions = new java.util.LinkedHashSet<>();
        columns.forEach(c -> conventions.add(c.downtime().convention()));
        conventions.forEach(layout::text);
        TradeOffTable t = columns.get(0).simulated();
        layout.text("Credits, customer loss and margin come from the SLA Studio simulator: "
                + String.format(Locale.UK, "%,d", t.trials()) + " simulated service-months (" + String.format(Locale.UK, "%,d", t.years())
                + " years) for each service of each option, with seed " + t.seed() + " for every option, so that the "
                + "differences between options come from their terms and not from chance. Outages follow each draft's "
                + "simulation assumptions, or the defaults where it saves none; a provider is taken to engineer for the "
                + "level it promises. Customer loss prices downtime inside the window at the service's cost of an hour "
                + "of downtime; the uncovered part is what credits do not make good. The provider margin is the monthly "
                + "fee less the provider's cost and the expected credits. The 95th percentile is the credit total a year "
                + "stays within in 19 years out of 20.");
        if (columns.stream().anyMatch(c -> c.option().basis() != null)) {
            layout.text("An option described by a change to the draft is the draft with that change alone: every other "
                    + "term, including targets that are only reported, stays as drafted.");
        }
        layout.text("Each option's fingerprint (the first 12 hex characters of the SHA-256 of its draft, without our "
                + "internal positions) is the one printed on its agreement when exported, so the option discussed here "
                + "can be matched to the agreement signed.");
    }

    /** Set off in a shaded panel, as the paragraph the memo is written for. */
    private static void recommendation(Layout layout, String text) {
        Paragraph body = new Paragraph(Layout.LEADING, "", Layout.BODY);
        if (text == null || text.isBlank()) {
            body.add(new Chunk("[No recommendation recorded yet.]", Layout.BODY_ITALIC));
        } else {
            String[] paragraphs = text.strip().split("\\R\\s*\\R");
            for (int i = 0; i < paragraphs.length; i++) {
                body.add(new Chunk((i == 0 ? "" : "\n\n") + paragraphs[i].strip().replaceAll("\\s*\\R\\s*", " "), Layout.BODY));
            }
        }
        PdfPCell cell = new PdfPCell();
        cell.addElement(body);
        cell.setBackgroundColor(Layout.HEADER_FILL);
        cell.setBorder(Rectangle.LEFT);
        cell.setBorderColor(Layout.ACCENT);
        cell.setBorderWidthLeft(2.5f);
        cell.setPadding(9);
        cell.setPaddingTop(5);
        PdfPTable panel = new PdfPTable(1);
        panel.setWidthPercentage(100 - 100 * Layout.HANG / (PageSize.A4.getWidth() - 2 * Layout.MARGIN));
        panel.setHorizontalAlignment(Element.ALIGN_RIGHT);
        panel.addCell(cell);
        panel.setSpacingBefore(4);
        panel.setSpacingAfter(6);
        layout.add(panel);
    }

    /** A clause's changed words belong in a redline; the memo only says which clause's wording moved. */
    private static String summary(Change change) {
        int label = change.description().indexOf("': ");
        if (!change.words().isEmpty() && label > 0) {
            return change.description().substring(0, label + 1) + ": wording changed";
        }
        return withoutDowntime(change.description());
    }

    /** The table already states each target's allowed downtime; the list of changes need not say it twice. */
    private static String withoutDowntime(String description) {
        return description.replaceAll(" \\(allowed downtime [^)]*\\)", "").replace(" -> ", " → ");
    }

    /** The memo block: what it is, for whom, from whom, when, and the purpose line. */
    private static void heading(Layout layout, List<Column> columns, MemoDetails details, String title, Locale locale) {
        Paragraph kicker = new Paragraph("OPTIONS MEMO", KICKER);
        kicker.setSpacingAfter(4);
        layout.add(kicker);
        Paragraph head = new Paragraph(24, title, TITLE);
        head.setSpacingAfter(12);
        layout.add(head);

        PdfPTable block = new PdfPTable(new float[] {1f, 5f});
        block.setWidthPercentage(100);
        row(block, "To", details.preparedFor());
        row(block, "From", details.preparedBy());
        row(block, "Date", Wording.date(details.date(), locale));
        row(block, "Options", columns.stream().map(Column::name).collect(Collectors.joining(", ")));
        for (PdfPCell cell : block.getRow(block.size() - 1).getCells()) {
            cell.setBorder(Rectangle.BOTTOM);
            cell.setBorderColor(Layout.ACCENT);
            cell.setBorderWidth(0.8f);
            cell.setPaddingBottom(9);
        }
        block.setSpacingAfter(10);
        layout.add(block);

        String reader = details.preparedFor() == null || details.preparedFor().isBlank() ? "the reader" : details.preparedFor().strip();
        layout.add(purpose("This memo sets " + Wording.number(columns.size()) + " options for the "
                + agreementTitle(columns.get(0).agreement()) + " side by side: what each promises, what it costs, and "
                + "what it can be expected to pay out in service credits and leave uncovered, so that " + reader
                + " can choose between them."));
    }

    private static Paragraph purpose(String text) {
        Paragraph p = new Paragraph(Layout.LEADING, text, Layout.BODY);
        p.setAlignment(Element.ALIGN_JUSTIFIED);
        p.setSpacingAfter(4);
        return p;
    }

    private static void row(PdfPTable block, String label, String value) {
        PdfPCell l = new PdfPCell(new Phrase(label, LABEL));
        PdfPCell v = new PdfPCell(new Phrase(value == null || value.isBlank() ? "—" : value.strip(), VALUE));
        for (PdfPCell cell : List.of(l, v)) {
            cell.setBorder(Rectangle.NO_BORDER);
            cell.setPaddingTop(2);
            cell.setPaddingBottom(3);
            cell.setPaddingLeft(0);
        }
        block.addCell(l);
        block.addCell(v);
    }

    /** The whole agreement under each option, for the first page. */
    private static PdfPTable atAGlance(List<Column> columns, Locale locale) {
        PdfPTable table = optionTable(columns);
        totals(table, columns, locale);
        addRow(table, "Draft fingerprint", columns, Column::fingerprint);
        return table;
    }

    private static PdfPTable optionTable(List<Column> columns) {
        float[] widths = new float[columns.size() + 1];
        widths[0] = 2.8f;
        for (int i = 1; i < widths.length; i++) {
            widths[i] = 5.6f / columns.size() + 0.2f;
        }
        String[] headers = new String[widths.length];
        headers[0] = "";
        for (int i = 0; i < columns.size(); i++) {
            headers[i + 1] = (i + 1) + "  " + columns.get(i).name();
        }
        PdfPTable table = Layout.table(widths, headers);
        for (int i = 1; i < headers.length; i++) {
            table.getRow(0).getCells()[i].setHorizontalAlignment(Element.ALIGN_RIGHT);
        }
        return table;
    }

    private static PdfPTable sideBySide(List<Column> columns, Locale locale) {
        PdfPTable table = optionTable(columns);

        for (String serviceId : serviceIds(columns)) {
            String name = columns.stream().map(c -> c.agreement().service(serviceId)).flatMap(Optional::stream)
                    .map(Service::name).filter(Objects::nonNull).findFirst().orElse(serviceId);
            group(table, name, columns.size() + 1);
            for (String windowId : windowIds(columns, serviceId)) {
                String window = columns.stream().map(c -> c.agreement().window(windowId)).flatMap(Optional::stream)
                        .map(AvailabilityWindow::name).filter(Objects::nonNull).findFirst().orElse(windowId);
                addRow(table, "Target, " + window, columns, c -> level(c, serviceId, windowId)
                        .map(l -> Wording.percent(l.targetPercent()) + (l.creditBearing() ? "" : " " + REPORTED_ONLY)).orElse(null));
                addRow(table, "   allowed downtime, 1st month", columns,
                        c -> level(c, serviceId, windowId).map(l -> allowance(c, serviceId, l)).orElse(null));
            }
            addRow(table, "Fee per month", columns, c -> c.agreement().service(serviceId)
                    .map(s -> Wording.money(s.monthlyFee(), locale)).orElse(null));
            simulatedRow(table, "Credits per month", columns, serviceId, l -> money(l.expectedCreditPerMonth(), locale));
            simulatedRow(table, "Credits per year", columns, serviceId, l -> money(l.expectedCreditPerYear(), locale));
            simulatedRow(table, "Credits in a bad year (95%)", columns, serviceId,
                    l -> money(l.creditPerYear95(), locale));
            simulatedRow(table, "Customer loss per month", columns, serviceId, l -> money(l.expectedCustomerLoss(), locale));
            simulatedRow(table, "   not covered by credits", columns, serviceId, l -> money(l.uncoveredLoss(), locale));
            simulatedRow(table, "Provider margin per month", columns, serviceId, l -> money(l.marginAtCurrentFee(), locale));
        }

        return table;
    }

    private static void totals(PdfPTable table, List<Column> columns, Locale locale) {
        addRow(table, "Fees per month", columns, c -> money(c.simulated().agreement().fee(), locale));
        addRow(table, "Credits per month", columns, c -> money(c.simulated().agreement().expectedCreditPerMonth(), locale));
        addRow(table, "Credits per year", columns, c -> money(c.simulated().agreement().expectedCreditPerYear(), locale));
        addRow(table, "Credits in a bad year (95%)", columns,
                c -> money(c.simulated().agreement().creditPerYear95(), locale));
        addRow(table, "Customer loss per month", columns, c -> money(c.simulated().agreement().expectedCustomerLoss(), locale));
        addRow(table, "   not covered by credits", columns, c -> money(c.simulated().agreement().uncoveredLoss(), locale));
        addRow(table, "Provider margin per month", columns, c -> money(c.simulated().agreement().marginAtCurrentFee(), locale), true);
    }

    /** Services in the order of the first option, then any that only later options have. */
    private static List<String> serviceIds(List<Column> columns) {
        Set<String> ids = new java.util.LinkedHashSet<>();
        for (Column c : columns) {
            c.simulated().services().forEach(s -> ids.add(s.serviceId()));
        }
        return List.copyOf(ids);
    }

    /** The windows a service has a level in, in any option, in the order the options list them. */
    private static List<String> windowIds(List<Column> columns, String serviceId) {
        Set<String> ids = new java.util.LinkedHashSet<>();
        for (Column c : columns) {
            c.agreement().service(serviceId).ifPresent(s -> s.levels().stream().filter(Objects::nonNull)
                    .forEach(l -> ids.add(l.windowId())));
        }
        return List.copyOf(ids);
    }

    private static Optional<ServiceLevel> level(Column c, String serviceId, String windowId) {
        return c.agreement().service(serviceId).flatMap(s -> s.levels().stream()
                .filter(l -> l != null && Objects.equals(l.windowId(), windowId)).findFirst());
    }

    private static String allowance(Column c, String serviceId, ServiceLevel l) {
        AvailabilityWindow window = c.agreement().window(l.windowId()).orElse(null);
        MeasurementRule rule = c.agreement().service(serviceId).map(Service::measurement).orElse(null);
        DowntimeFigures.Allowance a = window == null || l.targetPercent() == null ? null
                : c.downtime().of(window, l.targetPercent(), rule);
        return a == null ? "—" : a.perPeriod();
    }

    private static void group(PdfPTable table, String name, int span) {
        PdfPCell cell = Layout.cell(name, Layout.TABLE_BOLD);
        cell.setColspan(span);
        cell.setPaddingTop(8);
        cell.setBorderColor(Layout.ACCENT);
        table.addCell(cell);
    }

    private static void simulatedRow(PdfPTable table, String label, List<Column> columns, String serviceId,
                                     Function<LevelOutlook, String> value) {
        addRow(table, label, columns, c -> drafted(c, serviceId).map(value).orElse(null));
    }

    private static Optional<LevelOutlook> drafted(Column c, String serviceId) {
        return c.simulated().services().stream().filter(s -> s.serviceId().equals(serviceId)).findFirst()
                .map(s -> s.level(s.draftedLevelPercent()));
    }

    private static void addRow(PdfPTable table, String label, List<Column> columns, Function<Column, String> value) {
        addRow(table, label, columns, value, false);
    }

    private static void addRow(PdfPTable table, String label, List<Column> columns, Function<Column, String> value,
                               boolean bold) {
        table.addCell(compact(Layout.cell(label, bold ? Layout.TABLE_BOLD : Layout.TABLE)));
        for (Column c : columns) {
            String v = value.apply(c);
            PdfPCell cell = compact(Layout.cell(v == null ? "not included" : v, bold ? Layout.TABLE_BOLD : Layout.TABLE));
            cell.setHorizontalAlignment(Element.ALIGN_RIGHT);
            table.addCell(cell);
        }
    }

    /** Tighter than the agreement's tables: a memo's table is read across, row by row, and should fit two pages. */
    private static PdfPCell compact(PdfPCell cell) {
        cell.setPaddingTop(2);
        cell.setPaddingBottom(3.5f);
        return cell;
    }

    private static String money(Money money, Locale locale) {
        return Wording.money(money, locale);
    }

    private static String agreementTitle(Agreement agreement) {
        Overview o = agreement.overview();
        return o == null || o.title() == null || o.title().isBlank() ? "Service Level Agreement" : o.title().strip();
    }
}
