package org.slastudio.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.slastudio.model.Agreement;
import org.slastudio.model.ClaimDeadline;
import org.slastudio.model.Clause;
import org.slastudio.model.CreditRegime;
import org.slastudio.model.Money;
import org.slastudio.model.Section;
import org.slastudio.store.Draft;
import org.slastudio.store.TemplateCatalogue;

/**
 * The redline reads as a lawyer's comparison: each change cites the clause of the new version that states the term
 * (the number checked against the exported agreement's own contents), says in words what changed, and shows no
 * shorthand of a diff tool: no "->", no quoted internal ids, no "null".
 */
class RedlineWordingTest {

    private static final ExportOptions OPTIONS = new ExportOptions(true,
            ZonedDateTime.of(2026, 1, 20, 9, 0, 0, 0, ZoneId.of("Europe/London")), Locale.UK);
    private static final Agreement EXAMPLE = version(ExportedPdf.example().agreement(), "1.0");

    /** The agreements' own text, to read clause numbers, tables and amounts off as the reader sees them. */
    record Versions(ExportedPdf was, ExportedPdf is) {
        /** "Clause 4.2 (Services covered)", by the heading the new version's contents list. */
        String clause(String caption) {
            return "Clause " + number(is, caption) + " (" + caption + ")";
        }

        /** A deleted clause, by its number in the previous version. */
        String deleted(String caption) {
            return "Clause " + number(was, caption) + " (" + caption + ")";
        }

        String table(String caption) {
            Matcher m = Pattern.compile("(Table \\d+): " + Pattern.quote(caption)).matcher(is.flatText());
            assertThat(m.find()).as("a table captioned " + caption).isTrue();
            return m.group(1);
        }

        private static String number(ExportedPdf pdf, String caption) {
            return pdf.contents().stream().map(ExportedPdf.ContentsEntry::heading)
                    .filter(h -> h.endsWith(" " + caption)).map(h -> h.substring(0, h.indexOf(' '))).findFirst()
                    .orElseThrow(() -> new AssertionError("no heading " + caption + " in " + pdf.contents()));
        }
    }

    static Stream<Arguments> oneChange() {
        return Stream.of(
                change("a monthly fee", a -> service(a, "kubernetes", s -> with(s, "monthlyFee", Money.of("19000.00", "EUR"))),
                        v -> v.clause("Services covered") + ", " + v.table("Services and monthly fees")
                                + ": the monthly fee for the Managed Kubernetes Platform is increased from EUR 18,500.00 to EUR 19,000.00."),
                // January 2026 around the clock, less the Sunday maintenance of 02:00-04:00 on 4 Sundays: 44,640 - 480 =
                // 44,160 minutes; 0.05% of it is 22.08 min, 0.1% is 44.16 min.
                change("an availability target", a -> service(a, "kubernetes", s -> s.withLevels(List.of(
                                with(s.levels().get(0), "targetPercent", new BigDecimal("99.9"))))),
                        v -> v.clause("Service levels") + ", " + v.table("Availability targets")
                                + ": the availability target for the Managed Kubernetes Platform in the Availability Window “24x7” is"
                                + " reduced from 99.95% to 99.9%, which allows 44 min 9.6 s of Downtime in January 2026 instead of"
                                + " 22 min 4.8 s."),
                change("the name of a window", a -> a.withWindows(replace(a.windows(), w -> w.id().equals("24x7"),
                                w -> with(w, "name", "Around the clock"))),
                        v -> v.clause("Availability Windows") + ", " + v.table("Availability Windows")
                                + ": the Availability Window “24x7” is renamed “Around the clock”."),
                // The example defines "Monthly Availability" itself; the redline uses the agreement's own term.
                change("the credit of a tier", a -> credits(a, c -> c.withTiers(replace(c.tiers(), t -> t == c.tiers().get(1),
                                t -> with(t, "creditPercent", new BigDecimal("30"))))),
                        v -> v.clause("Credit tiers") + ", " + v.table("Service Credit tiers") + ": the Service Credit for a Monthly"
                                + " Availability of less than 99.0% but at least 95.0% is increased from 25% to 30% of the"
                                + " monthly fee for the affected Service."),
                change("a cap", a -> credits(a, c -> with(c, "monthlyCapPercent", new BigDecimal("40"))),
                        v -> v.clause("Caps and minimum") + ": the cap on Service Credits for any one Measurement Period is reduced"
                                + " from 50% of the monthly fee for the affected Service to 40% of the monthly fee for the affected"
                                + " Service."),
                change("the claim deadline", a -> credits(a, c -> with(c, "claimDeadline",
                                new ClaimDeadline(c.claimDeadline().rule(), 60, null))),
                        v -> v.clause("Claims") + ": a Service Credit must now be claimed within 60 days after the end of the"
                                + " calendar month in which it arose, instead of within 30 days after the end of the calendar month"
                                + " in which it arose."),
                change("the earn-back", a -> credits(a, c -> with(c, "earnBack", null)),
                        v -> v.deleted("Earn-back") + " is deleted."),
                change("the sole remedy", a -> credits(a, c -> with(c, "soleRemedy", false)),
                        v -> v.deleted("Sole remedy") + " is deleted: Service Credits are no longer the Customer's sole and"
                                + " exclusive remedy for a failure to meet a service level."),
                change("a metric's target", a -> a.withMetrics(replace(a.metrics(), m -> m.id().equals("platform-availability"),
                                m -> with(m, "target", new BigDecimal("99.9")))),
                        v -> v.clause("Other service measures") + ", " + v.table("Other service measures")
                                + ": the target of the metric “Managed Kubernetes Platform availability” is reduced from at least"
                                + " 99.95% to at least 99.9%."),
                change("a response time", a -> a.withMetrics(replace(a.metrics(), m -> m.id().equals("incident-response-urgent"),
                                m -> with(m, "priorityTargets", replace(m.priorityTargets(), t -> t.priority().name().equals("P1"),
                                        t -> with(t, "within", java.time.Duration.ofMinutes(30)))))),
                        v -> v.clause("Response and resolution times") + ", " + v.table("Response and resolution times")
                                + ": the response target for P1 Incidents under the metric “Incident response time, P1 and P2” is"
                                + " lengthened from within 15 minutes to within 30 minutes."),
                change("the words of a clause", a -> clauses(a, c -> c.heading().equals("Relationship with the Master Services Agreement")
                                ? new Clause(c.section(), c.heading(), c.text().replace("this Agreement prevails", "the Master Services Agreement prevails"))
                                : c),
                        v -> v.clause("Relationship with the Master Services Agreement") + " is amended to read:"),
                change("a clause added", a -> a.withClauses(plus(a.clauses(), 7, new Clause(Section.EXCLUSIONS, "Force majeure",
                                "Neither party is liable for a failure caused by events beyond its reasonable control."))),
                        v -> "A new clause " + v.clause("Force majeure").substring("Clause ".length()) + " is inserted:"),
                change("a clause deleted with its section", a -> a.withClauses(a.clauses().stream()
                                .filter(c -> !c.heading().equals("Termination for persistent failure")).toList()),
                        v -> v.deleted("Termination") + " is deleted, with "
                                + v.deleted("Termination for persistent failure").replace("Clause", "clause") + "."),
                change("a clause deleted from a section that stays", a -> a.withClauses(a.clauses().stream()
                                .filter(c -> !c.heading().equals("Service managers and the Service Desk")).toList()),
                        v -> v.deleted("Service managers and the Service Desk") + " is deleted."),
                change("a party's name", a -> a.withParties(replace(a.parties(), p -> p.id().equals("customer"),
                                p -> with(p, "legalName", "Contoso Retail Plc"))),
                        v -> v.clause("Contoso Retail Plc (the “Customer”)").replace(" (the “Customer”)", "")
                                + ": the name of the Customer is changed from “Contoso Retail Ltd” to “Contoso Retail Plc”."));
    }

    private static Arguments change(String what, UnaryOperator<Agreement> edit, Function<Versions, String> sentence) {
        return Arguments.of(what, edit, sentence);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("oneChange")
    void eachChangeReadsAsALawyersComparisonCitingTheClauseThatStatesIt(String what, UnaryOperator<Agreement> edit,
                                                                       Function<Versions, String> sentence) throws IOException {
        Agreement next = version(edit.apply(EXAMPLE), "1.1");
        Versions versions = new Versions(ExportedPdf.read(ExportedPdf.export(Draft.of(EXAMPLE), OPTIONS)),
                ExportedPdf.read(ExportedPdf.export(Draft.of(next), OPTIONS)));

        String text = redline(EXAMPLE, next);

        assertThat(text).contains("Changes from version 1.0 to version 1.1", "A.1 " + sentence.apply(versions));
        assertThat(text).doesNotContain("A.2 ", "->", "null", "Version:").doesNotContainPattern("(^|\\s)'[^']+'");
    }

    @Test
    void aLevelsOwnCreditTermsAreCitedByTheirOwnClauseAndTable() throws IOException {
        TemplateCatalogue catalogue = TemplateCatalogue.builtIn();
        Agreement previous = version(catalogue.load(catalogue.find("cloud-infrastructure").orElseThrow()).draft().agreement(), "1.0");
        Agreement next = version(service(previous, "storage-standard", s -> s.withLevels(replace(s.levels(), l -> true,
                l -> with(l, "credits", with(with(l.credits(), "tiers", replace(l.credits().tiers(), t -> t == l.credits().tiers().get(0),
                        t -> with(t, "creditPercent", new BigDecimal("15")))), "monthlyCapPercent", new BigDecimal("25")))))), "1.1");
        ExportedPdf is = ExportedPdf.read(ExportedPdf.export(Draft.of(next), OPTIONS));
        Versions versions = new Versions(is, is);
        String own = versions.clause("Credit terms for Object Storage Standard");

        String text = redline(previous, next);

        assertThat(text).contains("A.1 " + own + ", " + versions.table("Service Credit tiers for Object Storage Standard")
                        + ": the Service Credit for a Monthly Uptime Percentage of less than 99.9% but at least 99.0% is increased"
                        + " from 10% to 15% of the monthly fee for the affected Service.",
                "A.2 " + own + ": a cap on Service Credits for the Object Storage Standard for any one Measurement Period of 25%"
                        + " of the monthly fee for the affected Service is introduced, where version 1.0 set none.");
    }

    @Test
    void howDowntimeIsCountedAndAWindowsHoursAreCitedWhereTheAgreementStatesThem() throws IOException {
        Agreement next = version(service(EXAMPLE, "kubernetes", s -> with(s, "measurement",
                with(s.measurement(), "clockStart", org.slastudio.model.ClockStart.AT_FAULT_REPORT))), "1.1");
        next = next.withWindows(replace(next.windows(), w -> w.id().equals("business-hours"), w -> with(w, "hours",
                List.of(new org.slastudio.model.WeeklyHours(java.util.EnumSet.range(java.time.DayOfWeek.MONDAY,
                        java.time.DayOfWeek.FRIDAY), java.time.LocalTime.of(7, 0), java.time.LocalTime.of(19, 0))))));
        ExportedPdf is = ExportedPdf.read(ExportedPdf.export(Draft.of(next), OPTIONS));
        Versions versions = new Versions(is, is);

        assertThat(redline(EXAMPLE, next)).contains(
                "A.1 " + versions.clause("Availability Windows") + ", " + versions.table("Availability Windows") + ": the hours"
                        + " of the Availability Window “Business hours” are extended from 08:00-18:00 Monday to Friday to"
                        + " 07:00-19:00 Monday to Friday.",
                "A.2 " + versions.clause("How Downtime is counted") + ": Downtime of the Managed Kubernetes Platform is now"
                        + " counted from the time the Customer reports the fault, instead of from the time the failure begins.");
    }

    /** The example against every shipped template and a blank draft: agreements that differ in nearly every term. */
    @Test
    void betweenRealAgreementsEveryEntryCitesAClauseOrTheTitlePageAndShowsNoIdOrShorthand() throws IOException {
        TemplateCatalogue catalogue = TemplateCatalogue.builtIn();
        List<Agreement> others = new ArrayList<>();
        catalogue.templates().forEach(t -> others.add(catalogue.load(t).draft().agreement()));
        others.add(Agreement.blank());
        for (Agreement other : others) {
            for (String text : List.of(redline(EXAMPLE, other), redline(other, EXAMPLE))) {
                Matcher entry = Pattern.compile("A\\.\\d+ (\\S+ \\S+ \\S+)").matcher(text);
                while (entry.find()) {
                    assertThat(entry.group(1)).as(text).matches("(Clause \\d+(\\.\\d+)? .*|A new clause|The (title|Agreement) .*)");
                }
                assertThat(text).doesNotContain("->", "null", "[not stated]").doesNotContainPattern("(^|\\s)'[^']+'");
                for (Agreement a : List.of(EXAMPLE, other)) {
                    for (String id : ids(a)) {
                        assertThat(text).as(id).doesNotContain("“" + id + "”", "'" + id + "'");
                    }
                }
            }
        }
    }

    /** Ids of windows, services, parties and metrics that are not also a name. */
    private static List<String> ids(Agreement a) {
        List<String> names = new ArrayList<>();
        List<String> ids = new ArrayList<>();
        a.windows().forEach(w -> { ids.add(w.id()); names.add(w.name()); });
        a.services().forEach(s -> { ids.add(s.id()); names.add(s.name()); });
        a.parties().forEach(p -> { ids.add(p.id()); names.add(p.legalName()); });
        a.metrics().forEach(m -> { ids.add(m.id()); names.add(m.name()); });
        return ids.stream().filter(id -> !names.contains(id)).toList();
    }

    @Test
    void anAmendedClauseIsShownWithItsWordsStruckAndInsertedAndAnInsertedClauseInFull() throws IOException {
        Agreement next = version(clauses(EXAMPLE, c -> c.heading().equals("Relationship with the Master Services Agreement")
                ? new Clause(c.section(), c.heading(), c.text().replace("this Agreement prevails", "the Master Services Agreement prevails"))
                : c), "1.1");
        next = next.withClauses(plus(next.clauses(), 7, new Clause(Section.EXCLUSIONS, "Force majeure",
                "Neither party is liable for a failure caused by events beyond its reasonable control.")));

        String text = redline(EXAMPLE, next);

        assertThat(text).contains("conflict on a matter of service levels, this the Master Services Agreement prevails.",
                "is inserted: Neither party is liable for a failure caused by events beyond its reasonable control.");
    }

    @Test
    void entriesFollowTheOrderOfTheAgreementAndTheVersionChangeIsTheHeadingNotAnEntry() throws IOException {
        Agreement next = version(credits(EXAMPLE, c -> with(c, "monthlyCapPercent", new BigDecimal("40"))), "1.1");
        next = service(next, "kubernetes", s -> with(s, "monthlyFee", Money.of("19000.00", "EUR")));
        next = next.withParties(replace(next.parties(), p -> p.id().equals("customer"), p -> with(p, "legalName", "Contoso Retail Plc")));

        String text = redline(EXAMPLE, next);

        assertThat(text).containsSubsequence("A.1 Clause 3.", "A.2 Clause 4.", "A.3 Clause 8.");
        assertThat(text).doesNotContain("A.4", "1.0 to 1.1:", "Version ");
    }

    @Test
    void aVersionMissingOnEitherSideReadsAsThePreviousVersionOrThisVersion() throws IOException {
        Agreement unnumbered = version(EXAMPLE, null);
        Agreement next = version(service(EXAMPLE, "kubernetes", s -> with(s, "monthlyFee", Money.of("19000.00", "EUR"))), "1.1");

        assertThat(redline(unnumbered, next)).contains("Changes from the previous version to version 1.1")
                .doesNotContain("version the previous", "null");
        assertThat(redline(EXAMPLE, version(next, null))).contains("Changes from version 1.0 to this version");
        assertThat(redline(EXAMPLE, version(EXAMPLE, "1.1"))).contains("Version 1.1 of the Managed Cloud Hosting Service Level"
                + " Agreement makes no change to the terms of version 1.0.");
    }

    @Test
    void estimatesForTheSimulatorAreNotTermsAndAreNotListed() throws IOException {
        Agreement next = version(service(EXAMPLE, "kubernetes", s -> with(s, "businessImportance", new BigDecimal("9"))), "1.1");

        assertThat(redline(EXAMPLE, next)).contains("makes no change to the terms of version 1.0");
    }

    // ---- helpers

    private static String redline(Agreement previous, Agreement next) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        RedlinePdf.write(previous, next, OPTIONS, out);
        return ExportedPdf.read(out.toByteArray()).flatText();
    }

    static Agreement version(Agreement a, String version) {
        return a.withOverview(with(a.overview(), "version", version));
    }

    private static Agreement service(Agreement a, String id, UnaryOperator<org.slastudio.model.Service> edit) {
        return a.withServices(replace(a.services(), s -> s.id().equals(id), edit));
    }

    private static Agreement credits(Agreement a, UnaryOperator<CreditRegime> edit) {
        return a.withCreditRegime(edit.apply(a.creditRegime()));
    }

    private static Agreement clauses(Agreement a, UnaryOperator<Clause> edit) {
        return a.withClauses(replace(a.clauses(), c -> true, edit));
    }

    private static <T> List<T> replace(List<T> list, Predicate<T> which, UnaryOperator<T> edit) {
        List<T> copy = new ArrayList<>();
        for (T t : list) {
            copy.add(which.test(t) ? edit.apply(t) : t);
        }
        return copy;
    }

    private static <T> List<T> plus(List<T> list, int at, T element) {
        List<T> copy = new ArrayList<>(list);
        copy.add(at, element);
        return copy;
    }

    /** A copy of a model record with one component replaced, so each case edits exactly one term. */
    @SuppressWarnings("unchecked")
    static <R> R with(R record, String component, Object value) {
        RecordComponent[] components = record.getClass().getRecordComponents();
        Class<?>[] types = new Class<?>[components.length];
        Object[] values = new Object[components.length];
        try {
            for (int i = 0; i < components.length; i++) {
                types[i] = components[i].getType();
                values[i] = components[i].getName().equals(component) ? value : components[i].getAccessor().invoke(record);
            }
            return (R) record.getClass().getDeclaredConstructor(types).newInstance(values);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

}
