package org.slastudio.ui.credits;

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
import org.slastudio.model.ClaimDeadlineRule;
import org.slastudio.model.CreditRegime;
import org.slastudio.model.CreditTier;
import org.slastudio.model.EarnBack;
import org.slastudio.model.FeeBasis;
import org.slastudio.model.Money;
import org.slastudio.model.TierBound;
import org.slastudio.ui.fields.Input;
import org.slastudio.ui.fields.Parsers;
import org.slastudio.ui.wizard.DraftModel;
import org.slastudio.ui.wizard.JsonPaths;
import org.slastudio.ui.wizard.StepModel;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Currency;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** The service credit regime: tiers, fee basis, caps, minimum, earn-back, claim deadline and sole remedy. */
public final class CreditsModel extends StepModel {
    final ObservableList<TierRow> tiers = FXCollections.observableArrayList();
    final ObjectProperty<FeeBasis> feeBasis = new SimpleObjectProperty<>();
    final Input<BigDecimal> monthlyCap = register(new Input<>("Monthly cap", Parsers::percent, BigDecimal::toPlainString));
    final Input<BigDecimal> rollingCap = register(new Input<>("Rolling 12-month cap", Parsers::percent, BigDecimal::toPlainString));
    final Input<BigDecimal> atRisk = register(new Input<>("At-risk amount", Parsers::percent, BigDecimal::toPlainString));
    final Input<BigDecimal> minimumCredit = register(new Input<>("Minimum credit", Parsers::amount, BigDecimal::toPlainString));
    final Input<Integer> earnBackPeriods = register(new Input<>("Earn-back periods", Parsers::wholeNumber, String::valueOf));
    final Input<BigDecimal> earnBackPercent = register(new Input<>("Earn-back availability", Parsers::percent, BigDecimal::toPlainString));
    final ObjectProperty<ClaimDeadlineRule> claimRule = new SimpleObjectProperty<>();
    final Input<Integer> claimCount = register(new Input<>("Claim deadline", Parsers::wholeNumber, String::valueOf));
    final ClaimCalendar claimCalendar = new ClaimCalendar();
    final BooleanProperty soleRemedy = new SimpleBooleanProperty();
    final StringProperty currencyCode = new SimpleStringProperty("");
    final ObservableList<OutageCosts.Row> outageCosts = FXCollections.observableArrayList();

    public CreditsModel(DraftModel draft) {
        super("credits", "Service credits", "$.creditRegime", draft);
        draft.agreementProperty().addListener((o, was, is) -> outageCosts.setAll(OutageCosts.of(is)));
        outageCosts.setAll(OutageCosts.of(draft.agreement()));
    }

    @Override
    public void load(Agreement agreement) {
        CreditRegime r = regime(agreement);
        Currency currency = agreement.overview() == null ? null : agreement.overview().currency();
        currencyCode.set(currency == null ? "" : currency.getCurrencyCode());
        tiers.setAll(r.tiers().stream().filter(Objects::nonNull).map(TierRow::new).toList());
        feeBasis.set(r.feeBasis());
        monthlyCap.show(r.monthlyCapPercent());
        rollingCap.show(r.rollingTwelveMonthCapPercent());
        atRisk.show(r.atRisk() == null ? null : r.atRisk().percentOfMonthlyCharges());
        minimumCredit.show(r.minimumCredit() == null ? null : r.minimumCredit().amount());
        earnBackPeriods.show(r.earnBack() == null ? null : r.earnBack().followingPeriods());
        earnBackPercent.show(r.earnBack() == null ? null : r.earnBack().requiredPercent());
        claimRule.set(r.claimDeadline() == null ? null : r.claimDeadline().rule());
        claimCount.show(r.claimDeadline() == null ? null : r.claimDeadline().count());
        claimCalendar.load(agreement, r.claimDeadline());
        soleRemedy.set(r.soleRemedy());
    }

    @Override
    protected Agreement apply(Agreement agreement) {
        CreditRegime r = regime(agreement);
        Currency currency = currencyCode.get().isEmpty() ? null : Currency.getInstance(currencyCode.get());
        BigDecimal risk = atRisk.valueOr(r.atRisk() == null ? null : r.atRisk().percentOfMonthlyCharges());
        BigDecimal minimum = minimumCredit.valueOr(r.minimumCredit() == null ? null : r.minimumCredit().amount());
        Integer periods = earnBackPeriods.valueOr(r.earnBack() == null ? null : r.earnBack().followingPeriods());
        BigDecimal required = earnBackPercent.valueOr(r.earnBack() == null ? null : r.earnBack().requiredPercent());
        Integer count = claimCount.valueOr(r.claimDeadline() == null ? null : r.claimDeadline().count());
        CreditRegime next = new CreditRegime(
                tiers.stream().map(t -> t.build(currency)).toList(),
                feeBasis.get(),
                monthlyCap.valueOr(r.monthlyCapPercent()),
                rollingCap.valueOr(r.rollingTwelveMonthCapPercent()),
                risk == null ? null : new AtRiskAmount(risk, r.atRisk() == null ? List.of() : r.atRisk().allocations()),
                minimum == null ? null : new Money(minimum, currency),
                periods == null && required == null ? null : new EarnBack(periods, required),
                claimCalendar.build(claimRule.get(), count),
                soleRemedy.get());
        // An empty regime where the draft had none is not an edit.
        return agreement.withCreditRegime(agreement.creditRegime() == null && next.equals(CreditRegime.none()) ? null : next);
    }

    @Override
    public Object part(Agreement agreement) {
        return agreement.creditRegime();
    }

    @Override
    public boolean hasContent(Agreement agreement) {
        return !regime(agreement).tiers().isEmpty();
    }

    @Override
    protected List<Input<?>> extraInputs() {
        return tiers.stream().<Input<?>>flatMap(t -> t.inputs().stream()).toList();
    }

    @Override
    public Optional<String> controlFor(String path) {
        Optional<Integer> tier = JsonPaths.index(path, "tiers");
        if (tier.isPresent()) {
            String field = JsonPaths.contains(path, "upper") ? "upper" : JsonPaths.contains(path, "lower") ? "lower"
                    : JsonPaths.field(path).equals("fixedCredit") || JsonPaths.contains(path, "fixedCredit") ? "fixed" : "credit";
            return Optional.of("credits-tier-" + tier.get() + "-" + field);
        }
        return Optional.of(switch (JsonPaths.field(path)) {
            case "feeBasis" -> "credits-fee-basis";
            case "monthlyCapPercent" -> "credits-monthly-cap";
            case "rollingTwelveMonthCapPercent" -> "credits-rolling-cap";
            case "atRisk", "percentOfMonthlyCharges", "allocations" -> "credits-at-risk";
            case "minimumCredit", "amount" -> "credits-minimum";
            case "earnBack", "followingPeriods" -> "credits-earn-back-periods";
            case "requiredPercent" -> "credits-earn-back-percent";
            case "claimDeadline", "count" -> "credits-claim-count";
            case "rule" -> "credits-claim-rule";
            case "calendarWindowId" -> "credits-claim-calendar";
            case "soleRemedy" -> "credits-sole-remedy";
            default -> "credits-tier-add";
        });
    }

    public void addTier() {
        BigDecimal lowest = tiers.isEmpty() ? null : tiers.get(tiers.size() - 1).lower.valueOr(null);
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
}
