package org.slastudio.ui.services;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.slastudio.engine.AllowedDowntime;
import org.slastudio.model.Agreement;
import org.slastudio.model.AvailabilityWindow;
import org.slastudio.model.ClockStart;
import org.slastudio.model.MeasurementMethod;
import org.slastudio.model.MeasurementRule;
import org.slastudio.model.MinimumOutageBound;
import org.slastudio.model.Money;
import org.slastudio.model.Party;
import org.slastudio.model.Service;
import org.slastudio.model.ServiceLevel;
import org.slastudio.ui.fields.Input;
import org.slastudio.ui.fields.Names;
import org.slastudio.ui.fields.Parsers;
import org.slastudio.ui.wizard.DraftModel;
import org.slastudio.ui.wizard.JsonPaths;
import org.slastudio.ui.wizard.TableStepModel;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** The services: a table, and the selected service's fees, parties, levels per window and measurement. */
public final class ServicesModel extends TableStepModel<Service> {

    /** A level's own credit terms belong to the Service credits step. */
    @Override
    public boolean owns(String path) {
        return super.owns(path) && !path.matches(".*\\.levels\\[\\d+]\\.credits\\b.*");
    }

    final Input<String> id = register(Input.text("Service id"));
    final Input<String> name = register(Input.text("Service name"));
    final Input<String> description = register(Input.text("Description"));
    final ObservableList<String> partyIds = FXCollections.observableArrayList();
    final ObjectProperty<String> providerId = new SimpleObjectProperty<>();
    final ObjectProperty<String> recipientId = new SimpleObjectProperty<>();
    final StringProperty currencyCode = new SimpleStringProperty("");
    final Input<BigDecimal> monthlyFee = register(new Input<>("Monthly fee", Parsers::amount, BigDecimal::toPlainString));
    final Input<BigDecimal> importance = register(new Input<>("Business importance", Parsers::number, BigDecimal::toPlainString));
    final Input<BigDecimal> downtimeCost = register(new Input<>("Downtime cost per hour", Parsers::amount, BigDecimal::toPlainString));
    final ObservableList<LevelRow> levels = FXCollections.observableArrayList();
    final ObjectProperty<MeasurementMethod> method = new SimpleObjectProperty<>();
    final Input<Integer> intervalMinutes = register(new Input<>("Interval (minutes)", Parsers::wholeNumber, String::valueOf));
    final Input<BigDecimal> errorThreshold = register(new Input<>("Error rate threshold", Parsers::percent, BigDecimal::toPlainString));
    final Input<Integer> minimumOutage = register(new Input<>("Minimum outage (minutes)", Parsers::wholeNumber, String::valueOf));
    final ObjectProperty<MinimumOutageBound> minimumBound = new SimpleObjectProperty<>();
    final ObjectProperty<ClockStart> clockStart = new SimpleObjectProperty<>();
    /** What the minimum outage means under the method, in whole intervals where it is read so. */
    final StringProperty minimumMeaning = new SimpleStringProperty("");
    private List<Party> parties = List.of();

    public ServicesModel(DraftModel draft) {
        super("services", "Services", "service", draft);
        // A method measured by counts allows failed requests, not downtime: the figures beside the targets follow it.
        method.addListener((o, was, is) -> levels.forEach(LevelRow::refresh));
    }

    @Override
    public void load(Agreement agreement) {
        parties = agreement.parties().stream().filter(Objects::nonNull).toList();
        partyIds.setAll(parties.stream().map(Party::id).filter(Objects::nonNull).toList());
        Currency currency = agreement.overview() == null ? null : agreement.overview().currency();
        currencyCode.set(currency == null ? "" : currency.getCurrencyCode());
        rows.load(agreement.services());
        showSelected();
    }

    @Override
    protected Agreement apply(Agreement agreement) {
        keepTyped();
        return agreement.withServices(rows.snapshot());
    }

    @Override
    public Object part(Agreement agreement) {
        return agreement.services();
    }

    @Override
    protected List<Input<?>> extraInputs() {
        return levels.stream().<Input<?>>map(l -> l.target).toList();
    }

    /** "Nimbus Hosting GmbH" for a party id; the id where the party has no name. */
    String partyName(String partyId) {
        return Names.of(partyId, parties.stream().filter(p -> partyId.equals(p.id())).findFirst().map(Party::legalName));
    }

    /** "Business hours" for a window id; the id where the window has no name or no longer exists. */
    String windowName(String windowId) {
        return Names.of(windowId, draft.agreement().window(windowId).map(AvailabilityWindow::name));
    }

    @Override
    public Optional<String> controlFor(String path) {
        if (JsonPaths.index(path, "services").isEmpty()) {
            return Optional.of("services-table");
        }
        Optional<Integer> level = JsonPaths.index(path, "levels");
        if (level.isPresent()) {
            String windowId = rows.selectedRow().map(s -> s.levels().size() > level.get() && s.levels().get(level.get()) != null
                    ? s.levels().get(level.get()).windowId() : null).orElse(null);
            for (int i = 0; i < levels.size(); i++) {
                if (Objects.equals(levels.get(i).windowId, windowId)) {
                    return Optional.of("services-level-" + i + "-target");
                }
            }
            return Optional.of("services-name");
        }
        return Optional.of(switch (JsonPaths.field(path)) {
            case "id" -> "services-id";
            case "description" -> "services-description";
            case "providerId" -> "services-provider";
            case "recipientId" -> "services-recipient";
            case "monthlyFee", "amount", "currency" -> "services-monthly-fee";
            case "businessImportance" -> "services-importance";
            case "downtimeCostPerHour" -> "services-downtime-cost";
            case "intervalMinutes" -> "services-interval-minutes";
            case "errorRateThresholdPercent" -> "services-error-threshold";
            case "minimumOutageMinutes" -> "services-minimum-outage";
            case "minimumOutageBound" -> "services-minimum-outage-bound";
            case "method", "measurement" -> "services-method";
            case "clockStart" -> "services-clock-start";
            default -> "services-name";
        });
    }

    @Override
    protected Service newRow() {
        String provider = partyIds.isEmpty() ? null : partyIds.get(0);
        String recipient = partyIds.size() < 2 ? null : partyIds.get(1);
        return new Service(nextId("service"), "", "", provider, recipient, null, null, null, List.of(),
                MeasurementRule.timeBased());
    }

    @Override
    protected String idOf(Service s) {
        return s.id();
    }

    @Override
    protected Service withId(Service s, String id) {
        return new Service(id, s.name(), s.description(), s.providerId(), s.recipientId(), s.monthlyFee(),
                s.businessImportance(), s.downtimeCostPerHour(), s.levels(), s.measurement());
    }

    @Override
    protected void showSelected() {
        Optional<Service> selected = rows.selectedRow();
        Service s = selected.orElse(new Service("", "", "", null, null, null, null, null, List.of(), null));
        MeasurementRule m = s.measurement() == null ? MeasurementRule.timeBased() : s.measurement();
        id.show(s.id());
        name.show(s.name());
        description.show(s.description());
        providerId.set(s.providerId());
        recipientId.set(s.recipientId());
        monthlyFee.show(s.monthlyFee() == null ? null : s.monthlyFee().amount());
        importance.show(s.businessImportance());
        downtimeCost.show(s.downtimeCostPerHour() == null ? null : s.downtimeCostPerHour().amount());
        method.set(m.method());
        intervalMinutes.show(m.intervalMinutes());
        errorThreshold.show(m.errorRateThresholdPercent());
        minimumOutage.show(m.minimumOutageMinutes());
        minimumBound.set(m.minimumOutageBound());
        clockStart.set(m.clockStart());
        minimumMeaning.set(minimumMeaning(m));
        levels.setAll(levelRows(s));
    }

    /** One row per window of the agreement, plus any level whose window no longer exists. */
    private List<LevelRow> levelRows(Service s) {
        List<LevelRow> result = new ArrayList<>();
        for (AvailabilityWindow w : draft.agreement().windows()) {
            if (w != null) {
                result.add(new LevelRow(w.id(), w.name() == null || w.name().isBlank() ? w.id() : w.name(),
                        target -> allowance(draft.agreement(), w, target, shownRule(s.measurement()))));
            }
        }
        for (ServiceLevel level : s.levels()) {
            if (level == null) {
                continue;
            }
            LevelRow row = result.stream().filter(r -> Objects.equals(r.windowId, level.windowId())).findFirst()
                    .orElseGet(() -> {
                        LevelRow missing = new LevelRow(level.windowId(), level.windowId() + " (no such window)", t -> "");
                        result.add(missing);
                        return missing;
                    });
            row.target.show(level.targetPercent());
            row.creditBearing.set(level.creditBearing());
        }
        return result;
    }

    /** What the target allows, as every screen and document states it: in the first month of the term. */
    static String allowance(Agreement agreement, AvailabilityWindow window, BigDecimal target, MeasurementRule rule) {
        if (window.zone() == null) {
            return "Give the window a time zone to see the downtime this allows.";
        }
        AllowedDowntime allowed = AllowedDowntime.of(agreement.overview(), LocalDate.now());
        if (AllowedDowntime.byRequests(rule)) {
            return allowed.describe(window, target, rule).map(d -> "Measured by request counts: " + d
                    + " in each measurement period, however many requests it has.").orElse("");
        }
        return allowed.describe(window, target, rule).map(d -> "Allows " + d + " of downtime " + allowed.basis(window) + ".")
                .orElse("");
    }

    @Override
    protected Service fromInputs(Service before) {
        Currency currency = currencyCode.get().isEmpty() ? null : Currency.getInstance(currencyCode.get());
        List<ServiceLevel> newLevels = new ArrayList<>();
        for (LevelRow row : levels) {
            if (row.filledIn()) {
                ServiceLevel previous = before.levels().stream()
                        .filter(l -> l != null && Objects.equals(l.windowId(), row.windowId)).findFirst().orElse(null);
                BigDecimal target = row.target.valueOr(previous == null ? null : previous.targetPercent());
                // A target that cannot be read yet adds no level: the row keeps the text and says what is wrong.
                if (target != null) {
                    // The level's own credit terms are edited in the Service credits step and kept here.
                    newLevels.add(new ServiceLevel(row.windowId, target, row.creditBearing.get(),
                            previous == null ? null : previous.credits()));
                }
            }
        }
        MeasurementRule m = before.measurement() == null ? MeasurementRule.timeBased() : before.measurement();
        MeasurementRule measurement = new MeasurementRule(method.get(), intervalMinutes.valueOr(m.intervalMinutes()),
                errorThreshold.valueOr(m.errorRateThresholdPercent()), minimumOutage.valueOr(m.minimumOutageMinutes()),
                minimumBound.get(), clockStart.get(), m.periodsInUtc());
        minimumMeaning.set(minimumMeaning(measurement));
        if (before.measurement() == null && measurement.equals(MeasurementRule.timeBased())) {
            // What a missing rule shows is not an edit: the draft keeps saying nothing.
            measurement = null;
        }
        return new Service(text(id), text(name), text(description), providerId.get(), recipientId.get(),
                money(monthlyFee.valueOr(amount(before.monthlyFee())), currency),
                importance.valueOr(before.businessImportance()),
                money(downtimeCost.valueOr(amount(before.downtimeCostPerHour())), currency),
                newLevels, measurement);
    }

    /** The stored rule with the method chosen on screen, which decides what a target allows. */
    private MeasurementRule shownRule(MeasurementRule stored) {
        MeasurementRule m = stored == null ? MeasurementRule.timeBased() : stored;
        return new MeasurementRule(method.get(), m.intervalMinutes(), m.errorRateThresholdPercent(), m.minimumOutageMinutes(),
                m.minimumOutageBound(), m.clockStart(), m.periodsInUtc());
    }

    /** E.g. "A run of 3 or more consecutive intervals down (15 min) counts; shorter runs do not." */
    static String minimumMeaning(MeasurementRule rule) {
        if (rule == null || rule.method() == null) {
            return "";
        }
        boolean minimum = rule.minimumOutageMinutes() != null && rule.minimumOutageMinutes() > 0;
        if (!rule.method().hasOutages()) {
            return minimum || rule.minimumOutageBound() != null ? "No effect: this method has no outages to leave out." : "";
        }
        if (!minimum) {
            return "Every outage counts, however short.";
        }
        int n = rule.minimumOutageMinutes();
        boolean moreThan = rule.bound() == MinimumOutageBound.MORE_THAN;
        if (rule.method() == MeasurementMethod.TIME_BASED) {
            return moreThan ? "Outages longer than " + n + " min count; one of exactly " + n + " min does not."
                    : "Outages of " + n + " min or longer count; shorter ones do not.";
        }
        Integer run = rule.shortestCountedRun();
        if (run == null) {
            return "";
        }
        return run == 1 ? "No effect: every interval down lasts " + rule.intervalMinutes() + " min, so each one counts."
                : "A run of " + run + " or more consecutive intervals down (" + (long) run * rule.intervalMinutes()
                + " min) counts; shorter runs do not.";
    }

    private static BigDecimal amount(Money money) {
        return money == null ? null : money.amount();
    }

    private static Money money(BigDecimal amount, Currency currency) {
        return amount == null ? null : new Money(amount, currency);
    }
}
