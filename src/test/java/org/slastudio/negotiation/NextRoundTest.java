package org.slastudio.negotiation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.slastudio.negotiation.Edits.credits;
import static org.slastudio.negotiation.Edits.plus;
import static org.slastudio.negotiation.Edits.reversed;
import static org.slastudio.negotiation.Edits.service;
import static org.slastudio.negotiation.Edits.window;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.slastudio.model.Agreement;
import org.slastudio.model.Agreements;
import org.slastudio.model.AvailabilityWindow;
import org.slastudio.model.Clause;
import org.slastudio.model.CreditTier;
import org.slastudio.model.Negotiation;
import org.slastudio.model.Party;
import org.slastudio.model.PartyRole;
import org.slastudio.model.Position;
import org.slastudio.model.Round;
import org.slastudio.model.Section;
import org.slastudio.model.Service;
import org.slastudio.model.TierBound;

class NextRoundTest {

    private static final Agreement OURS = Agreements.valid().withNegotiation(new Negotiation(
            List.of(new Position("creditRegime.tiers[1].creditPercent", new BigDecimal("30"), List.of(), new BigDecimal("25"))),
            List.of(new Round(1, "customer", LocalDate.of(2027, 1, 4), "Opening."))));

    private static Agreement addFabrikam(Agreement a) {
        return a.withParties(plus(a.parties(), new Party("fabrikam", PartyRole.SUBCONTRACTOR, "Fabrikam Ltd", null, null, null)));
    }

    private static Agreement addHoliday(Agreement a) {
        return window(a, "business-hours", w -> new AvailabilityWindow(w.id(), w.name(), w.zone(), w.hours(),
                plus(w.holidays(), LocalDate.of(2027, 12, 24)), w.maintenance()));
    }

    private static Agreement addTier(Agreement a) {
        return credits(a, c -> Edits.tiers(c, plus(c.tiers(), new CreditTier(null, TierBound.exclusive("90.0"), new BigDecimal("100"), null))));
    }

    private static Agreement addClause(Agreement a) {
        return a.withClauses(plus(a.clauses(), new Clause(Section.TERMINATION, "Termination", "Either party may end it.")));
    }

    private static Agreement insertService(Agreement a) {
        Service storage = a.services().get(0);
        List<Service> services = new ArrayList<>(a.services());
        services.add(1, new Service("backup", "Backup", "Nightly copies.", "provider", "customer",
                org.slastudio.model.Money.of("900.00", "EUR"), BigDecimal.ONE, null, storage.levels(), storage.measurement()));
        return a.withServices(services);
    }

    /** Every kind of term at once, with the services and metrics in another order. */
    private static Agreement theirs() {
        Agreement a = Agreements.valid();
        a = Edits.title(a, "Cloud SLA");
        a = a.withServices(reversed(a.services()));
        a = service(a, "storage", s -> Edits.fee(s, "13500.00"));
        a = Edits.target(a, "database", "business-hours", "99.5");
        a = credits(a, c -> Edits.tierCredit(c, 1, "30"));
        a = addTier(a);
        a = addHoliday(a);
        a = addFabrikam(a);
        a = a.withParties(reversed(a.parties()));
        a = addClause(a);
        a = a.withMetrics(List.of(a.metrics().get(2), a.metrics().get(0), a.metrics().get(1)));
        a = credits(a, c -> Edits.earnBack(c, null));
        return insertService(a);
    }

    private static Map<Change, Decision> all(Agreement ours, Agreement theirs, Decision decision) {
        Map<Change, Decision> decisions = new HashMap<>();
        DraftDiff.between(ours, theirs).forEach(c -> decisions.put(c, decision));
        return decisions;
    }

    @Test
    void acceptingEveryChangeGivesTheirDraftWithOurNegotiation() {
        Agreement theirs = theirs();

        Agreement next = NextRound.build(OURS, theirs, all(OURS, theirs, Decision.ACCEPT));

        assertThat(next).isEqualTo(theirs.withNegotiation(OURS.negotiation()));
    }

    @Test
    void rejectingEveryChangeGivesOurDraft() {
        Agreement theirs = theirs();

        assertThat(NextRound.build(OURS, theirs, all(OURS, theirs, Decision.REJECT))).isEqualTo(OURS);
        assertThat(NextRound.build(OURS, theirs, Map.of())).isEqualTo(OURS);
    }

    @Test
    void acceptingSomeChangesTakesOverExactlyThose() {
        Agreement theirs = theirs();
        Map<Change, Decision> decisions = new HashMap<>(all(OURS, theirs, Decision.REJECT));
        decisions.replaceAll((change, d) -> Set.of("creditRegime.tiers[1].creditPercent", "windows[business-hours].holidays[2027-12-24]",
                "parties[fabrikam]").contains(change.term().toString()) ? Decision.ACCEPT : Decision.REJECT);

        Agreement next = NextRound.build(OURS, theirs, decisions);

        Agreement expected = addHoliday(credits(OURS, c -> Edits.tierCredit(c, 1, "30")));
        assertThat(next).isEqualTo(expected.withParties(List.of(theirs.parties().get(0), OURS.parties().get(0), OURS.parties().get(1))));
        assertThat(theirs.parties().get(0).id()).isEqualTo("fabrikam");
    }

    @Test
    void anAcceptedAdditionGoesAfterTheElementBeforeItInTheirDraft() {
        Agreement theirs = insertService(addClause(OURS));
        Map<Change, Decision> decisions = new HashMap<>(all(OURS, theirs, Decision.ACCEPT));
        decisions.replaceAll((change, d) -> change.term().toString().startsWith("clauses") ? Decision.REJECT : d);

        Agreement next = NextRound.build(OURS, theirs, decisions);

        assertThat(next.services()).extracting(Service::id).containsExactly("storage", "backup", "database");
        assertThat(next.clauses()).isEqualTo(OURS.clauses());
    }

    @Test
    void anAcceptedMoveKeepsOurContentOfTheMovedElementWhenItsChangeIsRejected() {
        Agreement theirs = service(OURS.withServices(reversed(OURS.services())), "storage", s -> Edits.fee(s, "1.00"));
        Map<Change, Decision> decisions = new HashMap<>();
        DraftDiff.between(OURS, theirs).forEach(c -> decisions.put(c, c.kind() == Change.Kind.MOVED ? Decision.ACCEPT : Decision.REJECT));

        Agreement next = NextRound.build(OURS, theirs, decisions);

        assertThat(next.services()).containsExactly(OURS.services().get(1), OURS.services().get(0));
    }

    private static boolean isTier(Change c) {
        return c.term().toString().startsWith("creditRegime.tiers[");
    }

    /** Edits of every kind that a random counter-proposal is made of. */
    private static final List<UnaryOperator<Agreement>> EDITS = Stream.concat(
            DraftDiffTest.oneTermChanged().map(arguments -> {
                @SuppressWarnings("unchecked")
                UnaryOperator<Agreement> edit = (UnaryOperator<Agreement>) arguments.get()[3];
                return edit;
            }),
            Stream.<UnaryOperator<Agreement>>of(
                    a -> a.withServices(reversed(a.services())),
                    a -> a.withMetrics(reversed(a.metrics())),
                    a -> a.withClauses(reversed(a.clauses())),
                    a -> a.withParties(a.parties().subList(0, 1)),
                    a -> Edits.target(a, "database", "business-hours", "99.0"),
                    NextRoundTest::addFabrikam, NextRoundTest::addHoliday, NextRoundTest::addTier,
                    NextRoundTest::addClause, NextRoundTest::insertService,
                    a -> credits(a, c -> Edits.tiers(c, c.tiers().subList(0, 1))))).toList();

    static Stream<Long> seeds() {
        return IntStream.range(0, 60).mapToObj(i -> 7919L * i + 1);
    }

    private static Agreement randomTheirs(Random random) {
        Agreement theirs = Agreements.valid();
        List<UnaryOperator<Agreement>> edits = new ArrayList<>(EDITS);
        java.util.Collections.shuffle(edits, random);
        for (UnaryOperator<Agreement> edit : edits.subList(0, 1 + random.nextInt(edits.size()))) {
            theirs = edit.apply(theirs);
        }
        return theirs;
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void acceptingEverythingGivesTheirsAndRejectingEverythingGivesOursForRandomCounterProposals(long seed) {
        Agreement theirs = randomTheirs(new Random(seed));

        assertThat(NextRound.build(OURS, theirs, all(OURS, theirs, Decision.ACCEPT))).isEqualTo(theirs.withNegotiation(OURS.negotiation()));
        assertThat(NextRound.build(OURS, theirs, all(OURS, theirs, Decision.REJECT))).isEqualTo(OURS);
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void afterAcceptingSomeChangesWhatIsLeftIsOnlyWhatWasRejected(long seed) {
        Random random = new Random(seed);
        Agreement theirs = randomTheirs(random);
        Map<Change, Decision> decisions = new HashMap<>();
        DraftDiff.between(OURS, theirs).forEach(c -> decisions.put(c, random.nextBoolean() ? Decision.ACCEPT : Decision.REJECT));

        Agreement next = NextRound.build(OURS, theirs, decisions);

        Set<String> rejected = decisions.entrySet().stream().filter(e -> e.getValue() == Decision.REJECT)
                .map(e -> e.getKey().term().toString()).collect(Collectors.toSet());
        List<Change> left = DraftDiff.between(next, theirs);
        assertThat(left).filteredOn(c -> c.kind() != Change.Kind.MOVED && !isTier(c))
                .allSatisfy(c -> assertThat(rejected).contains(c.term().toString()));
        // Tiers go by position: keeping tier 3 while dropping tier 2 makes it tier 2, so only the count can be held.
        assertThat(left.stream().filter(NextRoundTest::isTier).count())
                .isLessThanOrEqualTo(rejected.stream().filter(t -> t.startsWith("creditRegime.tiers[")).count());
        assertThat(NextRound.build(next, theirs, all(next, theirs, Decision.ACCEPT))).isEqualTo(theirs.withNegotiation(OURS.negotiation()));
    }
}
