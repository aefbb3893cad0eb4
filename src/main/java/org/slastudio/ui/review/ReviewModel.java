package org.slastudio.ui.review;

import org.slastudio.engine.Amounts;
import org.slastudio.clauses.ClockTime;

import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.slastudio.model.Agreement;
import org.slastudio.model.AvailabilityWindow;
import org.slastudio.model.CreditRegime;
import org.slastudio.model.CreditTier;
import org.slastudio.model.Metric;
import org.slastudio.model.Overview;
import org.slastudio.model.Party;
import org.slastudio.model.Service;
import org.slastudio.model.ServiceLevel;
import org.slastudio.model.TargetComparator;
import org.slastudio.review.Finding;
import org.slastudio.ui.fields.Parsers;
import org.slastudio.ui.fields.Words;
import org.slastudio.ui.wizard.DraftModel;
import org.slastudio.ui.wizard.StepModel;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Function;

/** The last step: the whole agreement in a few lines per section, and every finding of the review. */
public final class ReviewModel extends StepModel {
    /** A section of the summary with one line per item. */
    public record Section(String title, List<String> lines) {
    }

    final ObservableList<Section> summary = FXCollections.observableArrayList();
    final ObservableList<Finding> findings = FXCollections.observableArrayList();
    private Consumer<Finding> reveal = f -> { };

    public ReviewModel(DraftModel draft) {
        super("review", "Review", "$", draft);
    }

    public ObservableList<Finding> findings() {
        return findings;
    }

    /** What clicking a finding does: the wizard goes to its step and field. */
    public void onReveal(Consumer<Finding> action) {
        reveal = action;
    }

    void open(Finding finding) {
        reveal.accept(finding);
    }

    @Override
    public void load(Agreement agreement) {
        summary.setAll(summarise(agreement));
    }

    @Override
    protected Agreement apply(Agreement agreement) {
        return agreement;
    }

    @Override
    public Object part(Agreement agreement) {
        return null;
    }

    /** The review always has something to show, so its status reflects every finding from the start. */
    @Override
    public boolean hasContent(Agreement agreement) {
        return true;
    }

    @Override
    public boolean owns(String path) {
        return true;
    }

    static List<Section> summarise(Agreement a) {
        List<Section> sections = new ArrayList<>();
        Overview o = a.overview() == null ? Overview.blank() : a.overview();
        List<String> overview = new ArrayList<>();
        overview.add(blankAs(o.title(), "Untitled agreement") + " · " + Words.of(o.type()) + " · version " + blankAs(o.version(), "—"));
        overview.add("Effective " + (o.effectiveDate() == null ? "date not set" : o.effectiveDate())
                + (o.term() == null || o.term().initialMonths() == null ? "" : " for " + o.term().initialMonths() + " months")
                + (o.term() == null ? "" : ", renewal: " + Words.of(o.term().renewal()).toLowerCase(Locale.ROOT)));
        overview.add("Measured per " + Words.of(o.measurementPeriod()).toLowerCase(Locale.ROOT)
                + " in " + (o.timeZone() == null ? "no time zone yet" : o.timeZone().getId())
                + ", amounts in " + (o.currency() == null ? "no currency yet" : o.currency().getCurrencyCode())
                + (o.governingLaw() == null || o.governingLaw().isBlank() ? "" : ", governing law: " + o.governingLaw()));
        sections.add(new Section("Overview", overview));
        sections.add(new Section("Parties", lines(a.parties(), p -> Words.of(p.role()) + ": " + blankAs(p.legalName(), p.id()))));
        sections.add(new Section("Services", lines(a.services(), s -> blankAs(s.name(), s.id())
                + (s.monthlyFee() == null ? "" : ", " + Amounts.money(s.monthlyFee()) + " a month")
                + (s.levels().isEmpty() ? ", no availability target yet" : ", " + String.join(", ", s.levels().stream()
                .filter(Objects::nonNull).map(l -> level(a, l)).toList())))));
        sections.add(new Section("Availability windows", lines(a.windows(), w -> blankAs(w.name(), w.id()) + ": "
                + (w.isTwentyFourSeven() ? "24x7" : w.nominalWeeklyMinutes() / 60 + " hours a week")
                + (w.zone() == null ? "" : ", " + w.zone().getId())
                + (w.holidays().isEmpty() ? "" : ", " + w.holidays().size() + " holidays")
                + (w.maintenance().isEmpty() ? "" : ", " + w.maintenance().size() + (w.maintenance().size() == 1 ? " maintenance window" : " maintenance windows")))));
        CreditRegime r = a.creditRegime() == null ? CreditRegime.none() : a.creditRegime();
        List<String> credits = new ArrayList<>(lines(r.tiers(), ReviewModel::tier));
        if (r.monthlyCapPercent() != null) {
            credits.add("Capped at " + r.monthlyCapPercent().toPlainString() + "% of " + Words.of(r.feeBasis()).toLowerCase(Locale.ROOT) + " fees a month");
        }
        if (r.soleRemedy()) {
            credits.add("Credits are the sole remedy");
        }
        sections.add(new Section("Service credits", credits));
        sections.add(new Section("Metrics", lines(a.metrics(), ReviewModel::metric)));
        return sections;
    }

    private static String level(Agreement a, ServiceLevel l) {
        String window = a.window(l.windowId()).map(AvailabilityWindow::name).filter(n -> !n.isBlank()).orElse(l.windowId());
        return (l.targetPercent() == null ? "?" : l.targetPercent().toPlainString()) + "% in " + window
                + (l.creditBearing() ? " (credits)" : "");
    }

    private static String tier(CreditTier t) {
        String from = t.lower() == null || t.lower().percent() == null ? "0%"
                : t.lower().percent().toPlainString() + "%" + (t.lower().inclusive() ? "" : " (exclusive)");
        String to = t.upper() == null || t.upper().percent() == null ? "100%"
                : t.upper().percent().toPlainString() + "%" + (t.upper().inclusive() ? " (inclusive)" : "");
        String credit = t.creditPercent() != null ? t.creditPercent().toPlainString() + "% credit"
                : t.fixedCredit() != null ? Amounts.money(t.fixedCredit()) + " credit"
                : t.downtimeMultiple() != null ? t.downtimeMultiple().toPlainString() + " x the fees for the downtime"
                : "no credit set";
        return "From " + from + " to below " + to + ": " + credit;
    }

    private static String metric(Metric m) {
        String target = !m.priorityTargets().isEmpty()
                ? String.join(", ", m.priorityTargets().stream().filter(p -> p != null && p.isSet())
                .map(p -> Words.of(p.priority()) + " " + ClockTime.target(p, m)).toList())
                : m.target() == null ? "no target yet"
                : (m.comparator() == TargetComparator.AT_MOST ? "at most " : "at least ") + m.target().toPlainString()
                + (m.unit() == null || m.unit().isBlank() ? "" : " " + m.unit());
        return blankAs(m.name(), m.id()) + ": " + target;
    }

    private static <T> List<String> lines(List<T> items, Function<T, String> line) {
        List<String> result = items.stream().filter(Objects::nonNull).map(line).toList();
        return result.isEmpty() ? List.of("None yet") : result;
    }

    private static String blankAs(String text, String fallback) {
        return text == null || text.isBlank() ? (fallback == null ? "" : fallback) : text;
    }
}
