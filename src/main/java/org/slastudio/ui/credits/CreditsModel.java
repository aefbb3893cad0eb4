package org.slastudio.ui.credits;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Currency;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.slastudio.model.Agreement;
import org.slastudio.model.AtRiskAmount;
import org.slastudio.model.AvailabilityWindow;
import org.slastudio.model.ClaimDeadline;
import org.slastudio.model.ClaimDeadlineRule;
import org.slastudio.model.CreditRegime;
import org.slastudio.model.CreditTier;
import org.slastudio.model.CreditTrigger;
import org.slastudio.model.EarnBack;
import org.slastudio.model.FeeBasis;
import org.slastudio.model.LevelCredits;
import org.slastudio.model.MinimumCreditRule;
import org.slastudio.model.Money;
import org.slastudio.model.Service;
import org.slastudio.model.ServiceLevel;
import org.slastudio.model.TierBound;
import org.slastudio.ui.fields.Input;
import org.slastudio.ui.fields.Parsers;
import org.slastudio.ui.wizard.DraftModel;
import org.slastudio.ui.wizard.JsonPaths;
import org.slastudio.ui.wizard.StepModel;

/**
 * The service credit terms: tiers, when credits are owed, fee basis, caps, minimum, earn-back, claim deadline and
 * sole remedy; the agreement's, or a credit-bearing level's own, where every term left blank follows the agreement.
 */
public final class CreditsModel extends StepModel {
    private static final Pattern LEVEL_PATH = Pattern.compile("^\\$\\.services\\[(\\d+)]\\.levels\\[(\\d+)]\\.credits");

    /** Whose credit terms are on screen: the agreement's ({@code service} -1), or one level's own. */
    public record Scope(String label, int service, int level) {
        static final Scope AGREEMENT = new Scope("The agreement (every service)", -1, -1);

        boolean agreementWide() {
            return service < 0;
        }

        String path() {
            return agreementWide() ? "$.creditRegime" : "$.services[" + service + "].levels[" + level + "].credits";
        }
    }

    final ObservableList<Scope> scopes = FXCollections.observableArrayList(Scope.AGREEMENT);
    final ObjectProperty<Scope> scope = new SimpleObjectProperty<>(Scope.AGREEMENT);
    /** For a level: whether it has a tier table of its own (otherwise it follows the agreement's). */
    final BooleanProperty ownTiers = new SimpleBooleanProperty(true);
    final ObservableList<TierRow> tiers = FXCollections.observableArrayList();
    final ObjectProperty<CreditTrigger> trigger = new SimpleObjectProperty<>();
    final ObjectProperty<FeeBasis> feeBasis = new SimpleObjectProperty<>();
    final Input<BigDecimal> monthlyCap = register(new Input<>("Monthly cap", Parsers::percent, BigDecimal::toPlainString));
    final Input<BigDecimal> rollingCap = register(new Input<>("Rolling 12-month cap", Parsers::percent, BigDecimal::toPlainString));
    final Input<BigDecimal> atRisk = register(new Input<>("At-risk amount", Parsers::percent, BigDecimal::toPlainString));
    final Input<BigDecimal> minimumCredit = register(new Input<>("Minimum credit", Parsers::amount, BigDecimal::toPlainString));
    final ObjectProperty<MinimumCreditRule> minimumRule = new SimpleObjectProperty<>();
    final Input<BigDecimal> capDays = register(new Input<>("Cap in days of fees", Parsers::number, BigDecimal::toPlainString));
    /** What the days cap comes to in the agreement's periods, e.g. "30/31 of a 31-day month's fees". */
    final StringProperty capDaysImplies = new SimpleStringProperty("");
    final Input<Integer> earnBackPeriods = register(new Input<>("Earn-back periods", Parsers::wholeNumber, String::valueOf));
    final Input<BigDecimal> earnBackPercent = register(new Input<>("Earn-back availability", Parsers::percent, BigDecimal::toPlainString));
    final ObjectProperty<ClaimDeadlineRule> claimRule = new SimpleObjectProperty<>();
    final Input<Integer> claimCount = register(new Input<>("Claim deadline", Parsers::wholeNumber, String::valueOf));
    final ClaimCalendar claimCalendar = new ClaimCalendar();
    final BooleanProperty soleRemedy = new SimpleBooleanProperty();
    final StringProperty currencyCode = new SimpleStringProperty("");
    /** What the agreement says, shown beside a level's blank fields. */
    final StringProperty follows = new SimpleStringProperty("");
    final ObservableList<OutageCosts.Row> outageCosts = FXCollections.observableArrayList();
    /** The scope whose terms the fields hold: switching commits them to it before showing the next. */
    private Scope shown = Scope.AGREEMENT;
    private boolean choosing;

    public CreditsModel(DraftModel draft) {
        super("credits", "Service credits", "$.creditRegime", draft);
        draft.agreementProperty().addListener((o, was, is) -> outageCosts.setAll(OutageCosts.of(is)));
        outageCosts.setAll(OutageCosts.of(draft.agreement()));
        capDays.text().addListener((o, was, is) ->
                capDaysImplies.set(CreditScopes.daysCapInPeriods(capDays.valueOr(null), draft().agreement())));
        scope.addListener((o, was, is) -> {
            if (choosing || is == null || is.equals(shown)) {
                return;
            }
            if (firstUnusable().isPresent()) {
                // Text that cannot be used stays where it was typed until it is corrected. The choice is put back
                // once the control that made it has finished, or it would keep showing the other scope.
                javafx.application.Platform.runLater(() -> choose(shown));
                return;
            }
            commit();
            shown = is;
            quietly(() -> load(draft().agreement()));
        });
    }

    private void choose(Scope s) {
        choosing = true;
        try {
            scope.set(s);
        } finally {
            choosing = false;
        }
    }

    @Override
    public void load(Agreement agreement) {
        List<Scope> all = CreditScopes.of(agreement);
        Scope keep = all.stream().filter(s -> s.service() == shown.service() && s.level() == shown.level())
                .findFirst().orElse(Scope.AGREEMENT);
        choosing = true;
        try {
            if (!scopes.equals(all)) {
                scopes.setAll(all);
            }
            scope.set(keep);
        } finally {
            choosing = false;
        }
        shown = keep;
        Currency currency = agreement.overview() == null ? null : agreement.overview().currency();
        currencyCode.set(currency == null ? "" : currency.getCurrencyCode());
        CreditRegime shared = regime(agreement);
        if (shown.agreementWide()) {
            loadTerms(agreement, new LevelCredits(shared.tiers(), shared.feeBasis(), shared.monthlyCapPercent(),
                    shared.rollingTwelveMonthCapPercent(), shared.minimumCredit(), shared.earnBack(), shared.claimDeadline(),
                    shared.trigger(), shared.minimumCreditRule(), shared.monthlyCapDays()));
            ownTiers.set(true);
            follows.set("");
        } else {
            LevelCredits own = CreditScopes.ownOf(agreement, shown);
            LevelCredits c = own == null ? LevelCredits.tiers(List.of()) : own;
            loadTerms(agreement, c);
            ownTiers.set(!c.tiers().isEmpty());
            follows.set(CreditScopes.followsText(shared));
        }
        atRisk.show(shared.atRisk() == null ? null : shared.atRisk().percentOfMonthlyCharges());
        soleRemedy.set(shared.soleRemedy());
    }

    private void loadTerms(Agreement agreement, LevelCredits c) {
        tiers.setAll(c.tiers().stream().filter(Objects::nonNull).map(TierRow::new).toList());
        trigger.set(c.trigger());
        feeBasis.set(c.feeBasis());
        monthlyCap.show(c.monthlyCapPercent());
        rollingCap.show(c.rollingTwelveMonthCapPercent());
        Money minimum = c.minimumCredit();
        minimumCredit.show(minimum == null ? null : minimum.amount());
        minimumRule.set(c.minimumCreditRule());
        capDays.show(c.monthlyCapDays());
        capDaysImplies.set(CreditScopes.daysCapInPeriods(c.monthlyCapDays(), agreement));
        EarnBack earnBack = c.earnBack();
        ClaimDeadline claim = c.claimDeadline();
        earnBackPeriods.show(earnBack == null ? null : earnBack.followingPeriods());
        earnBackPercent.show(earnBack == null ? null : earnBack.requiredPercent());
        claimRule.set(claim == null ? null : claim.rule());
        claimCount.show(claim == null ? null : claim.count());
        claimCalendar.load(agreement, claim);
    }

    @Override
    protected Agreement apply(Agreement agreement) {
        CreditRegime r = regime(agreement);
        Currency currency = currencyCode.get().isEmpty() ? null : Currency.getInstance(currencyCode.get());
        if (!shown.agreementWide()) {
            return applyLevel(agreement, currency);
        }
        BigDecimal risk = atRisk.valueOr(r.atRisk() == null ? null : r.atRisk().percentOfMonthlyCharges());
        CreditRegime next = new CreditRegime(
                tiers.stream().map(t -> t.build(currency)).toList(),
                feeBasis.get(),
                monthlyCap.valueOr(r.monthlyCapPercent()),
                rollingCap.valueOr(r.rollingTwelveMonthCapPercent()),
                risk == null ? null : new AtRiskAmount(risk, r.atRisk() == null ? List.of() : r.atRisk().allocations()),
                minimum(r.minimumCredit(), currency),
                earnBack(r.earnBack()),
                claimDeadline(r.claimDeadline()),
                soleRemedy.get(),
                trigger.get(),
                minimumRule.get(),
                capDays.valueOr(r.monthlyCapDays()));
        // An empty regime where the draft had none is not an edit.
        return agreement.withCreditRegime(agreement.creditRegime() == null && next.equals(CreditRegime.none()) ? null : next);
    }

    private Agreement applyLevel(Agreement agreement, Currency currency) {
        Service s = agreement.services().get(shown.service());
        ServiceLevel level = s.levels().get(shown.level());
        LevelCredits was = level.credits() == null ? LevelCredits.tiers(List.of()) : level.credits();
        LevelCredits own = new LevelCredits(
                ownTiers.get() ? tiers.stream().map(t -> t.build(currency)).toList() : List.of(),
                feeBasis.get(),
                monthlyCap.valueOr(was.monthlyCapPercent()),
                rollingCap.valueOr(was.rollingTwelveMonthCapPercent()),
                minimum(was.minimumCredit(), currency),
                earnBack(was.earnBack()),
                claimDeadline(was.claimDeadline()),
                trigger.get(),
                minimumRule.get(),
                capDays.valueOr(was.monthlyCapDays()));
        List<ServiceLevel> levels = new ArrayList<>(s.levels());
        levels.set(shown.level(), level.withCredits(own.setsAnything() ? own : null));
        List<Service> services = new ArrayList<>(agreement.services());
        services.set(shown.service(), s.withLevels(levels));
        return agreement.withServices(services);
    }

    private Money minimum(Money was, Currency currency) {
        BigDecimal amount = minimumCredit.valueOr(was == null ? null : was.amount());
        return amount == null ? null : new Money(amount, currency);
    }

    private EarnBack earnBack(EarnBack was) {
        Integer periods = earnBackPeriods.valueOr(was == null ? null : was.followingPeriods());
        BigDecimal required = earnBackPercent.valueOr(was == null ? null : was.requiredPercent());
        return periods == null && required == null ? null : new EarnBack(periods, required);
    }

    private ClaimDeadline claimDeadline(ClaimDeadline was) {
        Integer count = claimCount.valueOr(was == null ? null : was.count());
        return claimCalendar.build(claimRule.get(), count);
    }

    /** Gives the level on screen a tier table of its own, starting from the agreement's. */
    public void giveOwnTiers() {
        tiers.setAll(regime(draft().agreement()).tiers().stream().filter(Objects::nonNull).map(TierRow::new).toList());
        ownTiers.set(true);
        commit();
    }

    /** The level on screen follows the agreement's tiers again. */
    public void followAgreementTiers() {
        ownTiers.set(false);
        tiers.clear();
        commit();
    }

    @Override
    public Object part(Agreement agreement) {
        List<Object> part = new ArrayList<>();
        part.add(agreement.creditRegime());
        for (Service s : agreement.services()) {
            for (ServiceLevel l : s == null ? List.<ServiceLevel>of() : s.levels()) {
                part.add(l == null ? null : l.credits());
            }
        }
        return part;
    }

    @Override
    public boolean hasContent(Agreement agreement) {
        return !regime(agreement).tiers().isEmpty() || agreement.services().stream().filter(Objects::nonNull)
                .flatMap(s -> s.levels().stream()).anyMatch(l -> l != null && l.credits() != null && !l.credits().tiers().isEmpty());
    }

    @Override
    protected List<Input<?>> extraInputs() {
        return tiers.stream().<Input<?>>flatMap(t -> t.inputs().stream()).toList();
    }

    @Override
    public boolean owns(String path) {
        return super.owns(path) || (path != null && LEVEL_PATH.matcher(path).find());
    }

    @Override
    public boolean onScreen(String path) {
        return path != null && (path.equals(shown.path()) || path.startsWith(shown.path() + "."));
    }

    @Override
    protected void showRowOf(String path) {
        Matcher m = LEVEL_PATH.matcher(path == null ? "" : path);
        Scope target = Scope.AGREEMENT;
        if (m.find()) {
            int service = Integer.parseInt(m.group(1));
            int level = Integer.parseInt(m.group(2));
            target = scopes.stream().filter(s -> s.service() == service && s.level() == level).findFirst().orElse(Scope.AGREEMENT);
        }
        scope.set(target);
    }

    @Override
    public Optional<String> controlFor(String path) {
        Optional<Integer> tier = JsonPaths.index(path, "tiers");
        if (tier.isPresent()) {
            String field = JsonPaths.contains(path, "upper") ? "upper" : JsonPaths.contains(path, "lower") ? "lower"
                    : JsonPaths.field(path).equals("fixedCredit") || JsonPaths.contains(path, "fixedCredit") ? "fixed"
                    : JsonPaths.field(path).equals("downtimeMultiple") ? "multiple" : "credit";
            return Optional.of("credits-tier-" + tier.get() + "-" + field);
        }
        return Optional.of(switch (JsonPaths.field(path)) {
            case "trigger" -> "credits-trigger";
            case "feeBasis" -> "credits-fee-basis";
            case "monthlyCapPercent" -> "credits-monthly-cap";
            case "rollingTwelveMonthCapPercent" -> "credits-rolling-cap";
            case "atRisk", "percentOfMonthlyCharges", "allocations" -> "credits-at-risk";
            case "minimumCredit", "amount" -> "credits-minimum";
            case "minimumCreditRule" -> "credits-minimum-rule";
            case "monthlyCapDays" -> "credits-cap-days";
            case "earnBack", "followingPeriods" -> "credits-earn-back-periods";
            case "requiredPercent" -> "credits-earn-back-percent";
            case "claimDeadline", "count" -> "credits-claim-count";
            case "rule" -> "credits-claim-rule";
            case "calendarWindowId" -> "credits-claim-calendar";
            case "soleRemedy" -> "credits-sole-remedy";
            case "credits" -> "credits-scope";
            default -> "credits-tier-add";
        });
    }

    public void addTier() {
        BigDecimal lowest = tiers.isEmpty() ? null : tiers.get(tiers.size() - 1).lowerPercent();
        tiers.add(new TierRow(new CreditTier(null, lowest == null ? null : new TierBound(lowest, false), null, null)));
        commit();
    }

    public void removeTier(int index) {
        tiers.remove(index);
        commit();
    }

    public void duplicateTier(int index) {
        Currency currency = currencyCode.get().isEmpty() ? null : Currency.getInstance(currencyCode.get());
        tiers.add(index + 1, new TierRow(tiers.get(index).build(currency)));
        commit();
    }

    public void moveTier(int index, int delta) {
        int to = index + delta;
        if (to >= 0 && to < tiers.size()) {
            List<TierRow> reordered = new ArrayList<>(tiers);
            Collections.swap(reordered, index, to);
            tiers.setAll(reordered);
            commit();
        }
    }

    private static CreditRegime regime(Agreement agreement) {
        return agreement.creditRegime() == null ? CreditRegime.none() : agreement.creditRegime();
    }

    static List<CreditTrigger> triggers() {
        return Arrays.asList(CreditTrigger.values());
    }
}
