package org.slastudio.ui.credits;

import atlantafx.base.theme.Styles;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.Bindings;
import javafx.collections.FXCollections;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import org.slastudio.model.CreditTrigger;
import javafx.beans.property.ObjectProperty;
import javafx.collections.ListChangeListener;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.slastudio.engine.DowntimeBudget;
import org.slastudio.model.ClaimDeadlineRule;
import org.slastudio.model.FeeBasis;
import org.slastudio.model.MinimumCreditRule;
import org.slastudio.ui.fields.Fields;
import org.slastudio.ui.fields.Form;
import org.slastudio.ui.fields.StepPage;

import java.math.BigDecimal;

/** The Service credits step: tiers {@code credits-tier-<n>-<lower|upper|credit|fixed>}, then {@code credits-<field>}. */
public final class CreditsView {
    private CreditsView() {
    }

    public static Node of(CreditsModel m) {
        Runnable commit = m::commit;
        ComboBox<CreditsModel.Scope> scope = Fields.choice("credits-scope", "Credit terms for", m.scopes,
                CreditsModel.Scope::label, m.scope, () -> { });
        Label follows = Fields.muted("");
        follows.setId("credits-follows");
        follows.textProperty().bind(m.follows);
        follows.setWrapText(true);
        HBox scopeRow = new HBox(8, Fields.muted("Credit terms for"), scope);
        scopeRow.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        VBox scopeBox = new VBox(4, scopeRow, follows);
        scopeBox.visibleProperty().bind(Bindings.size(m.scopes).greaterThan(1));
        scopeBox.managedProperty().bind(scopeBox.visibleProperty());
        BooleanBinding levelScope = Bindings.createBooleanBinding(() -> m.scope.get() != null && !m.scope.get().agreementWide(), m.scope);
        Label tiersTitle = new Label("Credit tiers");
        tiersTitle.getStyleClass().add(Styles.TITLE_4);
        VBox tiers = new VBox(6);
        Button add = Fields.button("credits-tier-add", "Add tier", "Add a credit tier", m::addTier);
        Button own = Fields.button("credits-own-tiers", "Give this level its own tiers",
                "Give this level a tier table of its own, starting from the agreement's", m::giveOwnTiers);
        Button follow = Fields.button("credits-follow-tiers", "Follow the agreement's tiers",
                "Drop this level's own tiers; the agreement's apply", m::followAgreementTiers);
        Runnable fill = () -> fillTiers(tiers, add, own, follow, m);
        m.tiers.addListener((ListChangeListener<TierRow>) c -> fill.run());
        m.ownTiers.addListener((o, was, is) -> fill.run());
        m.scope.addListener((o, was, is) -> fill.run());
        fill.run();
        ComboBox<CreditTrigger> trigger = Fields.choice("credits-trigger", "Credits are owed",
                FXCollections.observableList(CreditsModel.triggers()), CreditsView::trigger, m.trigger, commit);
        showsUnset(trigger, CreditsView::trigger, levelScope, trigger(CreditTrigger.TIERS_AS_DRAFTED));
        ComboBox<FeeBasis> basis = Fields.choice("credits-fee-basis", "Fee basis", FeeBasis.values(), m.feeBasis, commit);
        showsUnset(basis, org.slastudio.ui.fields.Words::of, levelScope, "");
        TextField atRisk = prompt(Fields.percent("credits-at-risk", m.atRisk, commit), "none");
        atRisk.disableProperty().bind(levelScope);
        CheckBox sole = Fields.check("credits-sole-remedy", "Credits are the customer's sole and exclusive remedy", m.soleRemedy, commit);
        sole.disableProperty().bind(levelScope);
        Form form = new Form()
                .field("Credits are owed", trigger)
                .field("Credits are a share of", basis)
                .field("At-risk amount", atRisk, m.atRisk)
                .field("Monthly cap", Fields.percent("credits-monthly-cap", m.monthlyCap, commit), m.monthlyCap)
                .field("Rolling 12-month cap", Fields.percent("credits-rolling-cap", m.rollingCap, commit), m.rollingCap)
                .field("Cap in days of fees", capDays(m, commit), m.capDays)
                .wide("", capDaysImplies(m))
                .field("Minimum credit", Fields.money("credits-minimum", m.minimumCredit, m.currencyCode, commit), m.minimumCredit)
                .field("A credit of exactly the minimum", minimumRule(m, levelScope, commit))
                .section("Earn-back and claims")
                .field("Earn back after (periods)", Fields.text("credits-earn-back-periods", m.earnBackPeriods, commit), m.earnBackPeriods)
                .field("at availability of", prompt(Fields.percent("credits-earn-back-percent", m.earnBackPercent, commit), "own target"), m.earnBackPercent)
                .field("Claim deadline", Fields.choice("credits-claim-rule", "Claim deadline rule", ClaimDeadlineRule.values(), m.claimRule, commit))
                .field("Days or cycles", Fields.text("credits-claim-count", m.claimCount, commit), m.claimCount)
                .field("Business days of", claimCalendar(m, commit))
                .wide("", claimExample(m))
                .wide("", sole);
        GridPane costs = new GridPane();
        costs.setId("credits-outage-costs");
        costs.setHgap(24);
        costs.setVgap(4);
        m.outageCosts.addListener((ListChangeListener<OutageCosts.Row>) c -> fillCosts(costs, m));
        fillCosts(costs, m);
        Label costsTitle = new Label("What one outage would cost");
        costsTitle.getStyleClass().add(Styles.TITLE_4);
        Label costsAbout = Fields.muted("Credits for a single outage inside the credit-bearing window, "
                + "in the agreement's first measurement period.");
        costsAbout.setWrapText(true);
        VBox costsBox = new VBox(6, costsTitle, costsAbout, costs);
        costsBox.visibleProperty().bind(Bindings.isNotEmpty(m.outageCosts));
        costsBox.managedProperty().bind(costsBox.visibleProperty());
        return StepPage.of("credits", "Service credits",
                "What the provider owes when a credit-bearing level is missed: a credit for each band of measured availability, within caps.",
                scopeBox, tiersTitle, tiers, costsBox, form);
    }

    private static TextField capDays(CreditsModel m, Runnable commit) {
        TextField days = prompt(Fields.text("credits-cap-days", m.capDays, commit), "none");
        days.setAccessibleText("Cap on the credits for one period, in days of fees: the fee basis times the days, "
                + "divided by the days in the period");
        return days;
    }

    private static Label capDaysImplies(CreditsModel m) {
        Label implied = Fields.muted("");
        implied.setId("credits-cap-days-implies");
        implied.setAccessibleText("What the cap in days of fees comes to in each period");
        implied.textProperty().bind(m.capDaysImplies);
        implied.setWrapText(true);
        return implied;
    }

    private static ComboBox<MinimumCreditRule> minimumRule(CreditsModel m, BooleanBinding levelScope, Runnable commit) {
        ComboBox<MinimumCreditRule> rule = Fields.choice("credits-minimum-rule",
                "Whether a credit of exactly the minimum credit is issued: at least the minimum, or only more than it",
                FXCollections.observableList(java.util.Arrays.asList(MinimumCreditRule.values())), CreditsView::minimumRule,
                m.minimumRule, commit);
        rule.promptTextProperty().bind(Bindings.when(levelScope).then("as the agreement's terms say")
                .otherwise(minimumRule(MinimumCreditRule.AT_LEAST)));
        return rule;
    }

    static String minimumRule(MinimumCreditRule r) {
        return r == MinimumCreditRule.MORE_THAN ? "is not issued: only a credit above the minimum is"
                : "is issued: credits below the minimum are not";
    }

    private static Control claimCalendar(CreditsModel m, Runnable commit) {
        return Fields.choice("credits-claim-calendar", "Window whose business days the claim deadline counts",
                m.claimCalendar.windowIds, m.claimCalendar::describe, m.claimCalendar.windowId, commit);
    }

    private static Label claimExample(CreditsModel m) {
        Label example = Fields.muted("");
        example.setId("credits-claim-example");
        example.setAccessibleText("The claim deadline for the first period");
        example.textProperty().bind(m.claimCalendar.example);
        example.setWrapText(true);
        return example;
    }

    /**
     * A choice left unset reads as what it means: for a level, the agreement's term; for the agreement, its default.
     * (A prompt text would not do: a combo box stops showing it once a value has been chosen and cleared.)
     */
    private static <T> void showsUnset(ComboBox<T> box, java.util.function.Function<T, String> names, BooleanBinding level,
                                       String agreementDefault) {
        box.setButtonCell(new javafx.scene.control.ListCell<>() {
            {
                level.addListener((o, was, is) -> updateItem(getItem(), getItem() == null));
            }

            @Override
            protected void updateItem(T item, boolean empty) {
                super.updateItem(item, empty);
                setText(item != null ? names.apply(item) : level.get() ? "as the agreement's terms say" : agreementDefault);
            }
        });
    }

    static String trigger(CreditTrigger t) {
        return t == CreditTrigger.TARGET_MISSED ? "only when the target is missed"
                : "as the tiers are drafted";
    }

    private static void fillTiers(VBox box, Button add, Button own, Button follow, CreditsModel m) {
        boolean level = m.scope.get() != null && !m.scope.get().agreementWide();
        if (level && !m.ownTiers.get()) {
            Label note = Fields.muted("This level follows the agreement's tiers.");
            box.getChildren().setAll(note, own);
            return;
        }
        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(6);
        grid.add(header("Measured availability"), 0, 0, 2, 1);
        grid.add(header("and"), 2, 0, 2, 1);
        grid.add(header("Credit"), 4, 0);
        grid.add(header("or fixed"), 5, 0);
        grid.add(header("or × fees for downtime"), 6, 0);
        for (int i = 0; i < m.tiers.size(); i++) {
            TierRow t = m.tiers.get(i);
            String key = "credits-tier-" + i;
            int index = i;
            int n = i + 1;
            HBox actions = new HBox(4,
                    Fields.button(key + "-up", "↑", "Move tier " + n + " up", () -> m.moveTier(index, -1)),
                    Fields.button(key + "-down", "↓", "Move tier " + n + " down", () -> m.moveTier(index, 1)),
                    Fields.button(key + "-duplicate", "Copy", "Duplicate tier " + n, () -> m.duplicateTier(index)),
                    Fields.button(key + "-remove", "×", "Remove tier " + n, () -> m.removeTier(index)));
            actions.getChildren().forEach(b -> ((Button) b).setMinWidth(Region.USE_PREF_SIZE));
            grid.addRow(i + 1,
                    bound(key + "-lower-inclusive", "Tier " + n + " lower bound", "≥", ">", t.lowerInclusive, m::commit),
                    sized(prompt(Fields.percent(key + "-lower", t.lower, m::commit), "0")),
                    bound(key + "-upper-inclusive", "Tier " + n + " upper bound", "≤", "<", t.upperInclusive, m::commit),
                    sized(prompt(Fields.percent(key + "-upper", t.upper, m::commit), "100 or target")),
                    sized(Fields.percent(key + "-credit", t.creditPercent, m::commit)),
                    sized(Fields.money(key + "-fixed", t.fixedCredit, m.currencyCode, m::commit)),
                    sized(prompt(Fields.text(key + "-multiple", t.downtimeMultiple, m::commit), "e.g. 10")),
                    actions);
        }
        var hint = Fields.muted(m.tiers.isEmpty() ? "No tiers yet: misses earn no credits."
                : "A blank bound is open: no lower bound reaches down to 0%, no upper bound up to 100%. "
                + "Type \"target\" for a bound at the level's own target. A multiple of the fees for the downtime pays "
                + "N × the downtime × the hourly equivalent of the fee (the fee for the period divided by the window's "
                + "hours in it): 10 × 13 minutes of a 7,500.00 quarter of 2,160 hours is 7.52.");
        hint.setWrapText(true);
        HBox buttons = level ? new HBox(8, add, follow) : new HBox(8, add);
        box.getChildren().setAll(grid, Form.errorsOf(m.tiers.stream().flatMap(t -> t.inputs().stream()).toList()), hint, buttons);
    }

    private static void fillCosts(GridPane grid, CreditsModel m) {
        grid.getChildren().clear();
        grid.add(header("Service"), 0, 0);
        for (int j = 0; j < OutageCosts.OUTAGES.size(); j++) {
            grid.add(header(DowntimeBudget.describe(BigDecimal.valueOf(
                    OutageCosts.OUTAGES.get(j).toSeconds())) + " outage"), j + 1, 0);
        }
        for (int i = 0; i < m.outageCosts.size(); i++) {
            OutageCosts.Row row = m.outageCosts.get(i);
            grid.add(new Label(row.service()), 0, i + 1);
            for (int j = 0; j < row.credits().size(); j++) {
                Label credit = new Label(row.credits().get(j));
                credit.setId("credits-outage-" + i + "-" + j);
                grid.add(credit, j + 1, i + 1);
            }
        }
    }

    private static Label header(String text) {
        Label label = Fields.muted(text);
        label.setMinWidth(Region.USE_PREF_SIZE);
        return label;
    }

    /** Whether a value exactly on the bound is in the tier: ≥ or > for the lower bound, ≤ or < for the upper. */
    private static Button bound(String id, String what, String inclusive, String exclusive,
                                                           ObjectProperty<Boolean> value, Runnable commit) {
        Button toggle = new Button();
        toggle.setId(id);
        toggle.setMinWidth(36);
        Runnable show = () -> {
            boolean on = Boolean.TRUE.equals(value.get());
            toggle.setText(on ? inclusive : exclusive);
            toggle.setAccessibleText(what + (on ? ", inclusive" : ", exclusive") + "; press to change");
            toggle.setTooltip(Fields.tooltip(on ? "A value exactly on the bound is in this tier"
                    : "A value exactly on the bound is not in this tier"));
        };
        show.run();
        value.addListener((o, was, is) -> show.run());
        toggle.setOnAction(e -> {
            value.set(!Boolean.TRUE.equals(value.get()));
            commit.run();
        });
        return toggle;
    }

    private static TextField prompt(TextField field, String text) {
        field.setPromptText(text);
        return field;
    }

    private static TextField sized(TextField field) {
        field.setPrefColumnCount(4);
        field.setMinWidth(80);
        return field;
    }
}
