package org.slastudio.negotiation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.slastudio.negotiation.Edits.credits;
import static org.slastudio.negotiation.Edits.metric;
import static org.slastudio.negotiation.Edits.party;
import static org.slastudio.negotiation.Edits.plus;
import static org.slastudio.negotiation.Edits.replace;
import static org.slastudio.negotiation.Edits.reversed;
import static org.slastudio.negotiation.Edits.service;
import static org.slastudio.negotiation.Edits.window;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.EnumSet;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.slastudio.model.AgreedFigure;
import org.slastudio.model.Agreement;
import org.slastudio.model.Agreements;
import org.slastudio.model.AvailabilityWindow;
import org.slastudio.model.BusinessDayDeadline;
import org.slastudio.model.ClaimDeadline;
import org.slastudio.model.ClaimDeadlineRule;
import org.slastudio.model.Clause;
import org.slastudio.model.CreditTier;
import org.slastudio.model.EarnBack;
import org.slastudio.model.ClockStart;
import org.slastudio.model.MaintenanceWindow;
import org.slastudio.model.MeasurementMethod;
import org.slastudio.model.MeasurementRule;
import org.slastudio.model.MinimumOutageBound;
import org.slastudio.model.Negotiation;
import org.slastudio.model.Party;
import org.slastudio.model.PartyRole;
import org.slastudio.model.Position;
import org.slastudio.model.Priority;
import org.slastudio.model.PriorityTarget;
import org.slastudio.model.Quantity;
import org.slastudio.model.Section;
import org.slastudio.model.ServiceLevel;
import org.slastudio.model.TierBound;
import org.slastudio.model.WeeklyHours;

class DraftDiffTest {

    static final Agreement OURS = Agreements.valid();

    @Test
    void identicalDraftsHaveNoChanges() {
        assertThat(DraftDiff.between(OURS, Agreements.valid())).isEmpty();
    }

    private static Agreement measuredBy(Agreement a, MeasurementRule rule) {
        return service(a, "storage", s -> new org.slastudio.model.Service(s.id(), s.name(), s.description(), s.providerId(),
                s.recipientId(), s.monthlyFee(), s.businessImportance(), s.downtimeCostPerHour(), s.levels(), rule));
    }

    private static MeasurementRule fiveMinutes(MinimumOutageBound bound) {
        return new MeasurementRule(MeasurementMethod.TIME_BASED, null, null, 5, bound, ClockStart.AT_FAILURE, false);
    }

    /** Saying "at least" outright is what a draft from before the choice meant: no change. "More than" counts fewer. */
    @ParameterizedTest(name = "{0} -> {1}: {2}")
    @CsvSource(delimiter = '|', value = {
            "          | AT_LEAST  |                                                                                           | ",
            "          | MORE_THAN | Service 'Object Storage': measurement outage of exactly the minimum counts: yes -> no     | PROVIDER",
            "MORE_THAN | AT_LEAST  | Service 'Object Storage': measurement outage of exactly the minimum counts: no -> yes     | CUSTOMER",
    })
    void whetherAnOutageOfExactlyTheMinimumCountsIsAChangeThatFavoursOneSide(MinimumOutageBound before, MinimumOutageBound after,
                                                                            String description, Favours favours) {
        List<Change> changes = DraftDiff.between(measuredBy(OURS, fiveMinutes(before)), measuredBy(OURS, fiveMinutes(after)));

        if (description == null) {
            assertThat(changes).isEmpty();
        } else {
            assertThat(changes).singleElement().satisfies(c -> {
                assertThat(c.description()).isEqualTo(description);
                assertThat(c.favours()).isEqualTo(favours);
            });
        }
    }

    @Test
    void aTargetMeasuredByRequestCountsStatesTheShareOfRequestsAllowedToFail() {
        MeasurementRule counts = new MeasurementRule(MeasurementMethod.REQUEST_COUNTS, null, null, null, ClockStart.AT_FAILURE, false);
        Agreement ours = measuredBy(OURS, counts);

        List<Change> changes = DraftDiff.between(ours, Edits.target(ours, "storage", "24x7", "99.95"));
        List<Change> method = DraftDiff.between(OURS, ours);

        assertThat(changes).extracting(Change::description).containsExactly(
                "Service 'Object Storage', window 'Around the clock': target 99.9% -> 99.95% (requests allowed to fail: 0.1% -> 0.05%)");
        assertThat(method).extracting(Change::description)
                .contains("Service 'Object Storage': measurement method: time based -> request counts");
    }

    @Test
    void theSameNumberWrittenWithMoreDecimalsIsNoChange() {
        assertThat(DraftDiff.between(OURS, Edits.target(OURS, "storage", "24x7", "99.900"))).isEmpty();
    }

    @Test
    void ourPositionsAndRoundsAreNotPartOfWhatIsCompared() {
        Agreement withPositions = OURS.withNegotiation(new Negotiation(
                List.of(new Position("creditRegime.monthlyCapPercent", new BigDecimal("60"), List.of(), new BigDecimal("40"))),
                List.of()));

        assertThat(DraftDiff.between(withPositions, OURS)).isEmpty();
    }

    /**
     * Allowed downtime in the first month of the term, January 2027 in Berlin, as everywhere else. Business hours are
     * Mon-Fri 08:00-18:00: 21 weekdays less the holiday on Friday 1 January, 20 x 10 h = 200 h, 720,000 s. Around the
     * clock is 744 h less five Sunday maintenance windows of 2 h (3, 10, 17, 24, 31 January): 734 h, 2,642,400 s.
     */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "database|business-hours|99.9|99.5|Service 'Managed Database', window 'Business hours': target 99.9% -> 99.5% (allowed downtime in January 2027: 12 min -> 1 h)|PROVIDER",
            "database|business-hours|99.9|100|Service 'Managed Database', window 'Business hours': target 99.9% -> 100% (allowed downtime in January 2027: 12 min -> 0 s)|CUSTOMER",
            "storage|24x7|99.9|99.95|Service 'Object Storage', window 'Around the clock': target 99.9% -> 99.95% (allowed downtime in January 2027: 44 min 2.4 s -> 22 min 1.2 s)|CUSTOMER",
            "database|24x7|99.5|99.0|Service 'Managed Database', window 'Around the clock': target 99.5% -> 99.0% (allowed downtime in January 2027: 3 h 40 min 12 s -> 7 h 20 min 24 s)|PROVIDER"})
    void aChangedTargetSaysWhatItMeansInAllowedDowntime(String service, String window, String before, String after,
                                                        String description, Favours favours) {
        Agreement ours = Edits.target(OURS, service, window, before);
        Agreement theirs = Edits.target(OURS, service, window, after);

        List<Change> changes = DraftDiff.between(ours, theirs);

        assertThat(changes).containsExactly(new Change(Change.Kind.CHANGED,
                TermKey.element("services", service).in("levels", window).field("targetPercent"), description, favours, null, List.of()));
    }

    static Stream<Arguments> oneTermChanged() {
        return Stream.of(
                change("overview.title", "Title: 'Cloud Hosting Service Level Agreement' -> 'Cloud SLA'", Favours.NEUTRAL,
                        a -> Edits.title(a, "Cloud SLA")),
                change("overview.term.noticeDays", "Notice to end the agreement: 90 days -> 60 days", Favours.NEUTRAL,
                        a -> Edits.noticeDays(a, 60)),
                change("parties[customer].legalName", "Party 'Contoso Retail Plc': legal name: 'Contoso Retail Ltd' -> 'Contoso Retail Plc'",
                        Favours.NEUTRAL, a -> party(a, "customer", p -> new Party(p.id(), p.role(), "Contoso Retail Plc", p.address(),
                                p.contact(), p.signatory()))),
                change("services[storage].monthlyFee", "Service 'Object Storage': monthly fee: EUR 12,000.00 -> EUR 13,500.00",
                        Favours.PROVIDER, a -> service(a, "storage", s -> Edits.fee(s, "13500.00"))),
                change("services[database].levels[24x7].creditBearing",
                        "Service 'Managed Database', window 'Around the clock': credit-bearing: no -> yes", Favours.CUSTOMER,
                        a -> service(a, "database", s -> Edits.levels(s, replace(s.levels(), l -> l.windowId().equals("24x7"),
                                l -> new ServiceLevel(l.windowId(), l.targetPercent(), true))))),
                change("windows[business-hours].hours", "Window 'Business hours': hours: Mon-Fri 08:00-18:00 -> Mon-Fri 08:00-20:00",
                        Favours.CUSTOMER, a -> window(a, "business-hours", w -> new AvailabilityWindow(w.id(), w.name(), w.zone(),
                                List.of(new WeeklyHours(EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY), LocalTime.of(8, 0),
                                        LocalTime.of(20, 0))), w.holidays(), w.maintenance()))),
                change("windows[24x7].maintenance[Sunday maintenance]",
                        "Window 'Around the clock': maintenance 'Sunday maintenance': Sun 02:00-04:00, 72 h notice -> Sun 02:00-06:00, 48 h notice",
                        Favours.PROVIDER, a -> window(a, "24x7", w -> new AvailabilityWindow(w.id(), w.name(), w.zone(), w.hours(),
                                w.holidays(), List.of(new MaintenanceWindow("Sunday maintenance", EnumSet.of(DayOfWeek.SUNDAY),
                                LocalTime.of(2, 0), LocalTime.of(6, 0), 48))))),
                change("creditRegime.tiers[1].creditPercent", "Credit tier 2: 25% -> 30%", Favours.CUSTOMER,
                        a -> credits(a, c -> Edits.tierCredit(c, 1, "30"))),
                change("creditRegime.tiers[0].creditPercent", "Credit tier 1: 10% -> 5%", Favours.PROVIDER,
                        a -> credits(a, c -> Edits.tierCredit(c, 0, "5"))),
                change("creditRegime.monthlyCapPercent", "Monthly credit cap: 50% -> 40%", Favours.PROVIDER,
                        a -> credits(a, c -> Edits.monthlyCap(c, "40"))),
                change("creditRegime.monthlyCapPercent", "Monthly credit cap: 50% -> not set", Favours.CUSTOMER,
                        a -> credits(a, c -> Edits.monthlyCap(c, null))),
                change("creditRegime.minimumCredit", "Minimum credit: EUR 100.00 -> not set", Favours.CUSTOMER,
                        a -> credits(a, c -> Edits.minimumCredit(c, null))),
                change("creditRegime.minimumCredit", "Minimum credit: EUR 100.00 -> EUR 250.00", Favours.PROVIDER,
                        a -> credits(a, c -> Edits.minimumCredit(c, org.slastudio.model.Money.of("250.00", "EUR")))),
                change("creditRegime.claimDeadline.count",
                        "Claim deadline: 30 days after the period ends -> 60 days after the period ends", Favours.CUSTOMER,
                        a -> credits(a, c -> Edits.claimDeadline(c, new ClaimDeadline(ClaimDeadlineRule.DAYS_AFTER_PERIOD_END, 60)))),
                change("creditRegime.claimDeadline",
                        "Claim deadline: 30 days after the period ends -> end of billing cycle 2 after the period", Favours.NEUTRAL,
                        a -> credits(a, c -> Edits.claimDeadline(c, new ClaimDeadline(ClaimDeadlineRule.END_OF_NTH_FOLLOWING_BILLING_CYCLE, 2)))),
                change("creditRegime.claimDeadline",
                        "Claim deadline: 30 days after the period ends -> 30 days after the incident", Favours.PROVIDER,
                        a -> credits(a, c -> Edits.claimDeadline(c, new ClaimDeadline(ClaimDeadlineRule.DAYS_AFTER_INCIDENT, 30)))),
                change("creditRegime.claimDeadline",
                        "Claim deadline: 30 days after the period ends -> 30 business days of 'business-hours' after the period ends",
                        Favours.CUSTOMER, a -> credits(a, c -> Edits.claimDeadline(c,
                                new ClaimDeadline(ClaimDeadlineRule.BUSINESS_DAYS_AFTER_PERIOD_END, 30, "business-hours")))),
                change("creditRegime.claimDeadline",
                        "Claim deadline: 30 days after the period ends -> 30 business days of 'business-hours' after the incident",
                        Favours.NEUTRAL, a -> credits(a, c -> Edits.claimDeadline(c,
                                new ClaimDeadline(ClaimDeadlineRule.BUSINESS_DAYS_AFTER_INCIDENT, 30, "business-hours")))),
                change("metrics[incident-response].priorityTargets[P4]",
                        "Metric 'Incident response time', P4: within 8 Business Hours -> by the end of the next Business Day",
                        Favours.NEUTRAL, a -> metric(a, "incident-response", m -> Edits.priorityTargets(m, replace(m.priorityTargets(),
                                t -> t.priority() == Priority.P4, t -> new PriorityTarget(Priority.P4, null, null,
                                        BusinessDayDeadline.END_OF_NEXT_BUSINESS_DAY))))),
                change("creditRegime.earnBack.followingPeriods", "Earn-back: following periods to meet: 3 -> 2", Favours.PROVIDER,
                        a -> credits(a, c -> Edits.earnBack(c, new EarnBack(2, null)))),
                change("creditRegime.soleRemedy", "Credits are the sole remedy: yes -> no", Favours.CUSTOMER,
                        a -> credits(a, c -> Edits.soleRemedy(c, false))),
                change("metrics[storage-availability].target", "Metric 'Object Storage availability': target: 99.9 -> 99.95",
                        Favours.CUSTOMER, a -> metric(a, "storage-availability", m -> Edits.target(m, "99.95"))),
                change("metrics[incident-response].priorityTargets[P1].within",
                        "Metric 'Incident response time', P1: within: 15 minutes -> 30 minutes", Favours.PROVIDER,
                        a -> metric(a, "incident-response", m -> Edits.priorityTargets(m, replace(m.priorityTargets(),
                                t -> t.priority() == Priority.P1, t -> new PriorityTarget(Priority.P1, Duration.ofMinutes(30),
                                        t.compliancePercent()))))),
                change("metrics[incident-response].priorityTargets[P2].compliancePercent",
                        "Metric 'Incident response time', P2: compliance: 95% -> 99%", Favours.CUSTOMER,
                        a -> metric(a, "incident-response", m -> Edits.priorityTargets(m, replace(m.priorityTargets(),
                                t -> t.priority() == Priority.P2, t -> new PriorityTarget(Priority.P2, t.within(), new BigDecimal("99"))))))
        );
    }

    @Test
    void aLaterBusinessDayFavoursTheProviderAndAnotherCalendarIsNeutral() {
        Agreement sameDay = metric(OURS, "incident-response", m -> Edits.priorityTargets(m, replace(m.priorityTargets(),
                t -> t.priority() == Priority.P4, t -> new PriorityTarget(Priority.P4, null, null, BusinessDayDeadline.END_OF_SAME_BUSINESS_DAY))));
        Agreement nextDay = metric(OURS, "incident-response", m -> Edits.priorityTargets(m, replace(m.priorityTargets(),
                t -> t.priority() == Priority.P4, t -> new PriorityTarget(Priority.P4, null, null, BusinessDayDeadline.END_OF_NEXT_BUSINESS_DAY))));
        Agreement office = credits(OURS, c -> Edits.claimDeadline(c,
                new ClaimDeadline(ClaimDeadlineRule.BUSINESS_DAYS_AFTER_PERIOD_END, 10, "business-hours")));
        Agreement shop = credits(OURS, c -> Edits.claimDeadline(c,
                new ClaimDeadline(ClaimDeadlineRule.BUSINESS_DAYS_AFTER_PERIOD_END, 10, "24x7")));

        assertThat(DraftDiff.between(sameDay, nextDay)).singleElement().satisfies(c -> {
            assertThat(c.term()).hasToString("metrics[incident-response].priorityTargets[P4].dueBy");
            assertThat(c.description()).isEqualTo("Metric 'Incident response time', P4: due by: the end of the same Business Day"
                    + " -> the end of the next Business Day");
            assertThat(c.favours()).isEqualTo(Favours.PROVIDER);
        });
        assertThat(DraftDiff.between(office, shop)).singleElement().satisfies(c -> {
            assertThat(c.term()).hasToString("creditRegime.claimDeadline.calendarWindowId");
            assertThat(c.favours()).isEqualTo(Favours.NEUTRAL);
        });
        assertThat(NextRound.build(sameDay, nextDay, java.util.Map.of(DraftDiff.between(sameDay, nextDay).get(0), Decision.ACCEPT)))
                .isEqualTo(nextDay);
    }

    @Test
    void anAgreedFigureChangedIsOneChangeInTheWordsOfTheClausesAndAcceptingItTakesTheirValue() {
        Agreement ours = OURS.withFigures(List.of(new org.slastudio.model.AgreedFigure("termination-notice",
                "Notice to terminate for persistent failure", org.slastudio.model.Quantity.of("30", org.slastudio.model.Quantity.Unit.DAYS))));
        Agreement theirs = ours.withFigures(List.of(new org.slastudio.model.AgreedFigure("termination-notice",
                "Notice to terminate for persistent failure", org.slastudio.model.Quantity.of("60", org.slastudio.model.Quantity.Unit.DAYS))));

        List<Change> changes = DraftDiff.between(ours, theirs);

        assertThat(changes).singleElement().satisfies(c -> {
            assertThat(c.term()).hasToString("figures[termination-notice].value");
            assertThat(c.description()).isEqualTo("Figure 'Notice to terminate for persistent failure': 30 days -> 60 days");
        });
        assertThat(NextRound.build(ours, theirs, java.util.Map.of(changes.get(0), Decision.ACCEPT))).isEqualTo(theirs);
        assertThat(DraftDiff.between(OURS, ours)).extracting(Change::kind, Change::description).containsExactly(
                org.assertj.core.groups.Tuple.tuple(Change.Kind.ADDED, "Figure 'Notice to terminate for persistent failure' added: 30 days"));
    }

    private static Agreement ownTiers(Agreement a, String percent) {
        return service(a, "storage", s -> Edits.levels(s, replace(s.levels(), l -> l.windowId().equals("24x7"),
                l -> l.withCredits(org.slastudio.model.LevelCredits.tiers(List.of(new CreditTier(TierBound.inclusive("98.0"),
                        TierBound.target(false), new BigDecimal(percent), null)))))));
    }

    @Test
    void aLevelsOwnCreditTermsAreNegotiatedTermByTerm() {
        Agreement ours = ownTiers(OURS, "10");

        assertThat(DraftDiff.between(OURS, ours)).singleElement().satisfies(c -> {
            assertThat(c.term()).hasToString("services[storage].levels[24x7].credits");
            assertThat(c.description()).endsWith(": own credit terms added: 1 tier of its own");
        });
        List<Change> changes = DraftDiff.between(ours, ownTiers(OURS, "15"));
        assertThat(changes).singleElement().satisfies(c -> {
            assertThat(c.term()).hasToString("services[storage].levels[24x7].credits.tiers[0].creditPercent");
            assertThat(c.description()).endsWith(": credit tier 1: 10% -> 15%");
            assertThat(c.favours()).isEqualTo(Favours.CUSTOMER);
        });
        assertThat(NextRound.build(ours, ownTiers(OURS, "15"), java.util.Map.of(changes.get(0), Decision.ACCEPT)))
                .isEqualTo(ownTiers(OURS, "15"));
    }

    @Test
    void creditsOnlyForAMissedTargetFavourTheProvider() {
        Agreement theirs = credits(OURS, c -> new org.slastudio.model.CreditRegime(c.tiers(), c.feeBasis(), c.monthlyCapPercent(),
                c.rollingTwelveMonthCapPercent(), c.atRisk(), c.minimumCredit(), c.earnBack(), c.claimDeadline(), c.soleRemedy(),
                org.slastudio.model.CreditTrigger.TARGET_MISSED));

        assertThat(DraftDiff.between(OURS, theirs)).singleElement().satisfies(c -> {
            assertThat(c.description()).isEqualTo("Credits owed: as the tiers are drafted -> only for a missed target");
            assertThat(c.favours()).isEqualTo(Favours.PROVIDER);
        });
    }

    private static Arguments change(String term, String description, Favours favours, UnaryOperator<Agreement> edit) {
        return Arguments.of(term, description, favours, edit);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("oneTermChanged")
    void aChangeToOneTermIsOneChangeSayingWhoItFavours(String term, String description, Favours favours,
                                                       UnaryOperator<Agreement> edit) {
        List<Change> changes = DraftDiff.between(OURS, edit.apply(OURS));

        assertThat(changes).hasSize(1);
        Change change = changes.get(0);
        assertThat(change.kind()).isEqualTo(Change.Kind.CHANGED);
        assertThat(change.term()).hasToString(term);
        assertThat(change.description()).isEqualTo(description);
        assertThat(change.favours()).isEqualTo(favours);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("oneTermChanged")
    void undoingAChangeFavoursTheOtherSide(String term, String description, Favours favours, UnaryOperator<Agreement> edit) {
        Change back = DraftDiff.between(edit.apply(OURS), OURS).get(0);

        assertThat(back.term()).hasToString(term);
        assertThat(back.favours()).isEqualTo(favours.opposite());
    }

    static Stream<Arguments> elementsAddedOrRemoved() {
        Party fabrikam = new Party("fabrikam", PartyRole.SUBCONTRACTOR, "Fabrikam Ltd", null, null, null);
        return Stream.of(
                Arguments.of(OURS.withParties(plus(OURS.parties(), fabrikam)), Change.Kind.ADDED, "parties[fabrikam]",
                        "Party 'Fabrikam Ltd' added: subcontractor", Favours.NEUTRAL),
                Arguments.of(OURS.withParties(OURS.parties().subList(0, 1)), Change.Kind.REMOVED, "parties[customer]",
                        "Party 'Contoso Retail Ltd' removed", Favours.NEUTRAL),
                Arguments.of(OURS.withServices(OURS.services().subList(1, 2)), Change.Kind.REMOVED, "services[storage]",
                        "Service 'Object Storage' removed", Favours.NEUTRAL),
                Arguments.of(service(OURS, "storage", s -> Edits.levels(s, plus(s.levels(),
                                new ServiceLevel("business-hours", new BigDecimal("99.95"), true)))), Change.Kind.ADDED,
                        "services[storage].levels[business-hours]",
                        "Service 'Object Storage', window 'Business hours' added: target 99.95%, credit-bearing", Favours.CUSTOMER),
                Arguments.of(service(OURS, "database", s -> Edits.levels(s, s.levels().subList(0, 1))), Change.Kind.REMOVED,
                        "services[database].levels[24x7]", "Service 'Managed Database', window 'Around the clock' removed",
                        Favours.PROVIDER),
                Arguments.of(window(OURS, "business-hours", w -> new AvailabilityWindow(w.id(), w.name(), w.zone(), w.hours(),
                                plus(w.holidays(), LocalDate.of(2027, 12, 24)), w.maintenance())), Change.Kind.ADDED,
                        "windows[business-hours].holidays[2027-12-24]", "Window 'Business hours': holiday 2027-12-24 added",
                        Favours.PROVIDER),
                Arguments.of(credits(OURS, c -> Edits.tiers(c, plus(c.tiers(), new CreditTier(null, TierBound.exclusive("90.0"),
                                new BigDecimal("100"), null)))), Change.Kind.ADDED, "creditRegime.tiers[3]",
                        "Credit tier 4 added: below 90.0%: 100%", Favours.CUSTOMER),
                Arguments.of(credits(OURS, c -> Edits.tiers(c, c.tiers().subList(0, 2))), Change.Kind.REMOVED, "creditRegime.tiers[2]",
                        "Credit tier 3 removed", Favours.PROVIDER),
                Arguments.of(credits(OURS, c -> Edits.earnBack(c, null)), Change.Kind.REMOVED, "creditRegime.earnBack",
                        "Earn-back removed (was 3 following periods)", Favours.CUSTOMER),
                Arguments.of(metric(OURS, "incident-response", m -> Edits.priorityTargets(m, m.priorityTargets().subList(1, 4))),
                        Change.Kind.REMOVED, "metrics[incident-response].priorityTargets[P1]",
                        "Metric 'Incident response time', P1 removed", Favours.PROVIDER),
                Arguments.of(OURS.withClauses(plus(OURS.clauses(), new Clause(Section.TERMINATION, "Termination",
                                "Either party may end the agreement for repeated misses."))), Change.Kind.ADDED,
                        "clauses[termination/Termination]",
                        "Clause 'Termination' added: 'Either party may end the agreement for repeated misses.'", Favours.NEUTRAL));
    }

    @ParameterizedTest
    @MethodSource("elementsAddedOrRemoved")
    void anElementAddedOrRemovedIsOneChange(Agreement theirs, Change.Kind kind, String term, String description, Favours favours) {
        List<Change> changes = DraftDiff.between(OURS, theirs);

        assertThat(changes).extracting(Change::kind, c -> c.term().toString(), Change::description, Change::favours)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(kind, term, description, favours));
    }

    @Test
    void aRemovedTailOfTiersIsListedLastTierFirst() {
        Agreement theirs = credits(OURS, c -> Edits.tiers(c, c.tiers().subList(0, 1)));

        assertThat(DraftDiff.between(OURS, theirs)).extracting(Change::description)
                .containsExactly("Credit tier 3 removed", "Credit tier 2 removed");
    }

    @Test
    void aServiceInAnotherPlaceIsAMoveNotARemovalAndAnAddition() {
        Agreement theirs = OURS.withServices(reversed(OURS.services()));

        assertThat(DraftDiff.between(OURS, theirs)).extracting(Change::kind, c -> c.term().toString(), Change::description)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(Change.Kind.MOVED, "services[storage]",
                        "Service 'Object Storage' moved from place 1 to 2"));
    }

    @Test
    void aMovedServiceThatAlsoChangedIsAMoveAndAChange() {
        Agreement theirs = service(OURS.withServices(reversed(OURS.services())), "storage", s -> Edits.fee(s, "11000.00"));

        assertThat(DraftDiff.between(OURS, theirs)).extracting(Change::kind)
                .containsExactly(Change.Kind.MOVED, Change.Kind.CHANGED);
    }

    @Test
    void oneMetricMovedToTheFrontIsOneMoveWhateverTheListLength() {
        Agreement theirs = OURS.withMetrics(List.of(OURS.metrics().get(2), OURS.metrics().get(0), OURS.metrics().get(1)));

        assertThat(DraftDiff.between(OURS, theirs)).extracting(Change::description)
                .containsExactly("Metric 'Incident resolution time' moved from place 3 to 1");
    }

    @Test
    void aMoveThatKeepsItsPlaceNumberSaysWhatItNowFollows() {
        Agreement theirs = OURS.withMetrics(reversed(OURS.metrics()));

        assertThat(DraftDiff.between(OURS, theirs)).extracting(Change::description).containsExactly(
                "Metric 'Incident response time' moved to after Metric 'Incident resolution time'",
                "Metric 'Object Storage availability' moved from place 1 to 3");
    }

    @Test
    void theOrderOfLevelsHolidaysAndPriorityTargetsMeansNothing() {
        Agreement theirs = service(OURS, "database", s -> Edits.levels(s, reversed(s.levels())));
        theirs = window(theirs, "business-hours", w -> new AvailabilityWindow(w.id(), w.name(), w.zone(), w.hours(),
                reversed(w.holidays()), w.maintenance()));
        theirs = metric(theirs, "incident-response", m -> Edits.priorityTargets(m, reversed(m.priorityTargets())));

        assertThat(DraftDiff.between(OURS, theirs)).isEmpty();
    }

    @Test
    void aClauseTextChangeIsShownWordByWord() {
        Agreement theirs = OURS.withClauses(replace(OURS.clauses(), c -> c.heading().equals("Service credits"),
                c -> new Clause(c.section(), c.heading(),
                        "Service credits are applied to the second invoice following the month in which they are approved.")));

        List<Change> changes = DraftDiff.between(OURS, theirs);

        assertThat(changes).singleElement().satisfies(c -> {
            assertThat(c.term()).hasToString("clauses[service-credits/Service credits].text");
            assertThat(c.description()).isEqualTo("Clause 'Service credits': Service credits are applied to the {+second+}"
                    + " invoice following the month in which they are [-claimed.-] {+approved.+}");
            assertThat(c.words()).extracting(WordDiff.Edit::op).containsExactly(WordDiff.Op.KEEP, WordDiff.Op.INSERT,
                    WordDiff.Op.KEEP, WordDiff.Op.DELETE, WordDiff.Op.INSERT);
        });
    }

    /** Agreed figures are terms the clauses state; a change to one is negotiated, and accepting every change gives theirs. */
    @Test
    void anAgreedFigureChangedOrAddedIsAChangeAndAcceptingItTakesTheirs() {
        Agreement ours = OURS.withFigures(List.of(new AgreedFigure("termination-notice", "Notice to terminate for persistent failure",
                Quantity.of("30", Quantity.Unit.DAYS))));
        Agreement theirs = OURS.withFigures(List.of(new AgreedFigure("termination-notice", "Notice to terminate for persistent failure",
                        Quantity.of("60", Quantity.Unit.DAYS)),
                new AgreedFigure("report-due", "Time to deliver the service report", Quantity.of("5", Quantity.Unit.BUSINESS_DAYS))));

        List<Change> changes = DraftDiff.between(ours, theirs);

        assertThat(changes).extracting(Change::description).containsExactly(
                "Figure 'Time to deliver the service report' added: 5 Business Days",
                "Figure 'Notice to terminate for persistent failure': 30 days -> 60 days");
        assertThat(changes).extracting(c -> c.term().toString())
                .containsExactly("figures[report-due]", "figures[termination-notice].value");
        java.util.Map<Change, Decision> accepted = new java.util.HashMap<>();
        changes.forEach(c -> accepted.put(c, Decision.ACCEPT));
        assertThat(NextRound.build(ours, theirs, accepted)).isEqualTo(theirs);
    }

    @ParameterizedTest
    @CsvSource({
            "99.99, WITHIN_OPENING, 0, within our opening",
            "99.95, WITHIN_OPENING, 0, within our opening",
            "99.92, WITHIN_FALLBACK, 1, within fallback 1",
            "99.8, WITHIN_FALLBACK, 2, within fallback 2",
            "99.6, WITHIN_WALK_AWAY, 0, within walk-away",
            "99.5, WITHIN_WALK_AWAY, 0, within walk-away",
            "99.49, BEYOND_WALK_AWAY, 0, beyond walk-away"})
    void aChangeToATermWeHoldAPositionOnSaysHowFarItMovedAgainstIt(String theirTarget, Standing.Kind kind, int fallback,
                                                                   String described) {
        Agreement ours = Edits.target(OURS, "database", "business-hours", "99.97").withNegotiation(new Negotiation(List.of(
                new Position("services[database].levels[business-hours].targetPercent", new BigDecimal("99.95"),
                        List.of(new BigDecimal("99.9"), new BigDecimal("99.8")), new BigDecimal("99.5"))), List.of()));
        Agreement theirs = Edits.target(OURS, "database", "business-hours", theirTarget);

        Change change = DraftDiff.between(ours, theirs).get(0);

        assertThat(change.standing()).isEqualTo(new Standing(kind, fallback));
        assertThat(change.standing().describe()).isEqualTo(described);
    }

    @Test
    void positionsOnMoneyGoByTheAmountAndOnDurationsByMinutes() {
        Agreement ours = OURS.withNegotiation(new Negotiation(List.of(
                new Position("services[storage].monthlyFee", new BigDecimal("11000"), List.of(new BigDecimal("12000")),
                        new BigDecimal("13000")),
                new Position("metrics[incident-response].priorityTargets[P1].within", new BigDecimal("15"),
                        List.of(new BigDecimal("30")), new BigDecimal("60"))), List.of()));
        Agreement theirs = service(OURS, "storage", s -> Edits.fee(s, "13500.00"));
        theirs = metric(theirs, "incident-response", m -> Edits.priorityTargets(m, replace(m.priorityTargets(),
                t -> t.priority() == Priority.P1, t -> new PriorityTarget(Priority.P1, Duration.ofMinutes(30), t.compliancePercent()))));

        assertThat(DraftDiff.between(ours, theirs)).extracting(c -> c.term().toString(), Change::standing).containsExactly(
                org.assertj.core.groups.Tuple.tuple("services[storage].monthlyFee", new Standing(Standing.Kind.BEYOND_WALK_AWAY, 0)),
                org.assertj.core.groups.Tuple.tuple("metrics[incident-response].priorityTargets[P1].within",
                        new Standing(Standing.Kind.WITHIN_FALLBACK, 1)));
    }

    @Test
    void aChangeToATermWithoutAPositionHasNoStanding() {
        assertThat(DraftDiff.between(OURS, Edits.target(OURS, "storage", "24x7", "99.0")).get(0).standing()).isNull();
    }
}
