package org.slastudio.export;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import org.slastudio.clauses.Placeholders;
import org.slastudio.model.Agreement;
import org.slastudio.model.AgreementType;
import org.slastudio.model.AvailabilityWindow;
import org.slastudio.model.Clause;
import org.slastudio.model.MeasurementPeriod;
import org.slastudio.model.Overview;
import org.slastudio.model.Party;
import org.slastudio.model.PartyRole;
import org.slastudio.model.Section;
import org.slastudio.model.Service;

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
    private final Map<Object, String> paths = new IdentityHashMap<>();
    private Pages layout;
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
        index("parties", agreement.parties());
        index("services", agreement.services());
        index("windows", agreement.windows());
        index("metrics", agreement.metrics());
        index("clauses", agreement.clauses());
        for (Service service : agreement.services()) {
            if (service != null) {
                index(path(service) + ".levels", service.levels());
            }
        }
    }

    private void index(String list, List<?> entries) {
        for (int i = 0; i < entries.size(); i++) {
            if (entries.get(i) != null) {
                paths.put(entries.get(i), list + "[" + i + "]");
            }
        }
    }

    /**
     * Where an entry of the draft (a party, service, service level, window, metric or clause) is in the draft file,
     * e.g. {@code services[2].levels[0]}: what the Word document tags the entry's terms with.
     */
    String path(Object entry) {
        String path = paths.get(entry);
        if (path == null) {
            throw new IllegalArgumentException("not an entry of this agreement: " + entry);
        }
        return path;
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

    /** Writes the agreement, page by page. */
    void build(Pages pages) {
        this.layout = pages;
        this.sectionNumber = 0;
        this.tables = 0;
        pages.cover(new TitlePage(this).cover());
        pages.newPage();
        pages.contents();
        pages.newPage();
        overviewSection();
        definitionsSection();
        new PartiesSection(this, pages).write();
        servicesSection();
        AvailabilitySection availability = new AvailabilitySection(this, pages);
        availability.writeAvailability();
        availability.writeMeasurement();
        proseSection(Section.EXCLUSIONS, "Exclusions");
        new CreditsSection(this, agreement, pages, definitions, options).write();
        MetricsSection metrics = new MetricsSection(this, pages);
        metrics.writeMetrics();
        metrics.writeReporting();
        proseSection(Section.ESCALATION, "Escalation");
        proseSection(Section.TERMINATION, "Termination");
        proseSection(Section.REVIEW_OF_SERVICE_LEVELS, "Review of service levels");
        new SignaturesSection(this, pages).write();
    }

    Agreement agreement() {
        return agreement;
    }

    Overview overview() {
        return overview;
    }

    ExportOptions options() {
        return options;
    }

    String fingerprint() {
        return fingerprint;
    }

    Definitions definitions() {
        return definitions;
    }

    DowntimeFigures downtime() {
        return downtime;
    }

    AvailabilityWindow window(String id) {
        return id == null ? null : windowsById.get(id);
    }

    // ---- numbering

    String section(String title) {
        return section(title, 130);
    }

    /** A section whose first clause may be a table clause: the heading goes with the table's first rows. */
    String sectionBeforeTable(String title) {
        return section(title, 250);
    }

    private String section(String title, float room) {
        sectionNumber++;
        clauseNumber = 0;
        layout.section(String.valueOf(sectionNumber), title, room);
        return String.valueOf(sectionNumber);
    }

    /** A clause heading followed by a line or two and a table: kept on the page with the table's first rows. */
    String tableClauseHeading(String title) {
        layout.keepSpace(200);
        return clauseHeading(title);
    }

    String clauseHeading(String title) {
        String number = nextClause();
        layout.clauseHeading(number, title);
        return number;
    }

    String nextClause() {
        clauseNumber++;
        subClauseNumber = 0;
        return sectionNumber + "." + clauseNumber;
    }

    /** 5.2.1, 5.2.2 ... under the clause last numbered. */
    String nextSubClause() {
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
            List<String> paragraphs = paragraphs(Placeholders.fill(clause.text(), agreement));
            for (int i = 0; i < paragraphs.size(); i++) {
                layout.text(Words.ofTerm(part(path(clause) + ".text", i, paragraphs.size()), paragraphs.get(i)));
            }
        }
    }

    /** The tag of paragraph {@code i} of a text set as {@code count} paragraphs: {@code clauses[3].text#2}. */
    static String part(String path, int i, int count) {
        return count == 1 ? path : path + "#" + (i + 1);
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
        layout.text(Words.ofTerm("overview.purpose", Wording.text(overview.purpose())));
        clauseHeading("Term");
        layout.text(Words.of("This Agreement takes effect on ")
                .term("overview.effectiveDate", Wording.date(overview.effectiveDate(), options.locale()))
                .plain(" (the “Effective Date”). " + Wording.term(overview.term())));
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
                ? Words.ofTerm("overview.governingLaw", Wording.capitalised(overview.governingLaw().strip()))
                        .plain(overview.governingLaw().strip().endsWith(".") ? "" : ".")
                : Words.of("This Agreement is governed by the law of ")
                        .term("overview.governingLaw", Wording.text(overview.governingLaw())).plain("."));
        prose(Section.OVERVIEW);
    }

    String zone() {
        return overview.timeZone() == null ? Wording.NOT_STATED : overview.timeZone().getId();
    }

    private void definitionsSection() {
        section("Definitions and interpretation");
        String number = nextClause();
        layout.numbered(number, Words.of("In this Agreement the following terms have the meanings given below. "
                + "Where a defined term is used with capital letters it has that meaning throughout."));
        for (Definitions.Term term : definitions.terms()) {
            layout.definition(Words.bold("“" + term.term() + "”").plain(" " + term.meaning()));
        }
        prose(clauses(Section.DEFINITIONS).stream().filter(c -> !definitions.merged(c)).toList());
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

    String partyName(String id) {
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
        sectionBeforeTable("Services");
        prose(Section.SERVICES);
        if (services().isEmpty()) {
            return;
        }
        tableClauseHeading("Services covered");
        // An agreement without fees (between departments, say) has no fee column and no words about fees.
        boolean fees = services().stream().anyMatch(s -> s.monthlyFee() != null && s.monthlyFee().amount() != null);
        layout.text(fees ? "The Provider shall provide the following Services for the monthly fees shown. Monthly fees are "
                + "recurring charges; one-time fees carry no service levels." : "The following Services are covered by this"
                + " Agreement:");
        Pages.Rows table = layout.rows("Table " + tableNumber() + (fees ? ": Services and monthly fees" : ": Services"), fees
                ? Columns.of(new float[] {0.6f, 2.2f, 4.0f, 2.2f, 1.9f}, "No.", "Service", "Description", "Provided by / to",
                        "Monthly fee")
                : Columns.of(new float[] {0.6f, 2.4f, 5.2f, 2.7f}, "No.", "Service", "Description", "Provided by / to"));
        int n = 0;
        for (Service service : services()) {
            String at = path(service);
            table.add(Cell.of(String.valueOf(++n)));
            table.add(Cell.of(Words.ofTerm(at + ".name", Wording.text(service.name())).in(Words.Emphasis.BOLD)));
            table.add(Cell.of(Words.ofTerm(at + ".description", Wording.text(service.description()))));
            table.add(Cell.of(partyName(service.providerId()) + "\nto " + partyName(service.recipientId())));
            if (fees) {
                table.add(Cell.right(service.monthlyFee() == null ? Words.of("—")
                        : Words.ofTerm(at + ".monthlyFee", Wording.money(service.monthlyFee(), options.locale()))));
            }
        }
        table.end();
    }

    private int tables;

    int tableNumber() {
        return ++tables;
    }
}
