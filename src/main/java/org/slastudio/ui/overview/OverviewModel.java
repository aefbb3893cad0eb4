package org.slastudio.ui.overview;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.slastudio.model.AgreementType;
import org.slastudio.model.Agreement;
import org.slastudio.model.MeasurementPeriod;
import org.slastudio.model.Overview;
import org.slastudio.model.Renewal;
import org.slastudio.model.Term;
import org.slastudio.ui.fields.Input;
import org.slastudio.ui.fields.Parsers;
import org.slastudio.ui.wizard.DraftModel;
import org.slastudio.ui.wizard.JsonPaths;
import org.slastudio.ui.wizard.StepModel;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Currency;
import java.util.Optional;

/** The agreement's front matter: title, type, dates and term, purpose, law, currency, period and time zone. */
public final class OverviewModel extends StepModel {
    final Input<String> title = register(Input.text("Title"));
    final ObjectProperty<AgreementType> type = new SimpleObjectProperty<>();
    final Input<LocalDate> effectiveDate = register(new Input<>("Effective date", Parsers::date, LocalDate::toString));
    final Input<Integer> initialMonths = register(new Input<>("Initial term", Parsers::wholeNumber, String::valueOf));
    final ObjectProperty<Renewal> renewal = new SimpleObjectProperty<>();
    final Input<Integer> renewalMonths = register(new Input<>("Renewal term", Parsers::wholeNumber, String::valueOf));
    final Input<Integer> noticeDays = register(new Input<>("Notice period", Parsers::wholeNumber, String::valueOf));
    final Input<String> purpose = register(Input.text("Purpose"));
    final Input<String> governingLaw = register(Input.text("Governing law"));
    final Input<Currency> currency = register(new Input<>("Currency", Parsers::currency, Currency::getCurrencyCode));
    final ObjectProperty<MeasurementPeriod> measurementPeriod = new SimpleObjectProperty<>();
    final ObjectProperty<java.util.Locale> locale = new SimpleObjectProperty<>(java.util.Locale.UK);
    final Input<ZoneId> timeZone = register(new Input<>("Time zone", Parsers::zone, ZoneId::getId));
    final Input<String> version = register(Input.text("Version"));
    /** What the chosen period means in numbers, beside the choice. */
    final StringProperty periodMeaning = new SimpleStringProperty("");

    public OverviewModel(DraftModel draft) {
        super("overview", "Overview", "$.overview", draft);
    }

    public Input<String> titleInput() {
        return title;
    }

    public Input<Currency> currencyInput() {
        return currency;
    }

    @Override
    public void load(Agreement agreement) {
        Overview o = agreement.overview() == null ? Overview.blank() : agreement.overview();
        Term term = o.term() == null ? Term.none() : o.term();
        title.show(o.title());
        type.set(o.type());
        effectiveDate.show(o.effectiveDate());
        initialMonths.show(term.initialMonths());
        renewal.set(term.renewal());
        renewalMonths.show(term.renewalMonths());
        noticeDays.show(term.noticeDays());
        purpose.show(o.purpose());
        governingLaw.show(o.governingLaw());
        currency.show(o.currency());
        measurementPeriod.set(o.measurementPeriod());
        locale.set(o.locale());
        timeZone.show(o.timeZone());
        version.show(o.version());
        periodMeaning.set(PeriodMeaning.of(o.measurementPeriod(), o.effectiveDate()));
    }

    @Override
    protected Agreement apply(Agreement agreement) {
        Overview o = agreement.overview() == null ? Overview.blank() : agreement.overview();
        Term term = o.term() == null ? Term.none() : o.term();
        Term newTerm = new Term(initialMonths.valueOr(term.initialMonths()), renewal.get(),
                renewalMonths.valueOr(term.renewalMonths()), noticeDays.valueOr(term.noticeDays()));
        if (o.term() == null && newTerm.equals(Term.none())) {
            newTerm = null;
        }
        LocalDate effective = effectiveDate.valueOr(o.effectiveDate());
        periodMeaning.set(PeriodMeaning.of(measurementPeriod.get(), effective));
        return agreement.withOverview(new Overview(text(title), type.get(), effective, newTerm,
                text(purpose), text(governingLaw), currency.valueOr(o.currency()), measurementPeriod.get(),
                timeZone.valueOr(o.timeZone()), text(version), locale.get()));
    }

    /** "UK English (1 January 2026)". */
    static String localeName(java.util.Locale locale) {
        return java.util.Locale.US.equals(locale) ? "US English (January 1, 2026)" : "UK English (1 January 2026)";
    }

    @Override
    public Object part(Agreement agreement) {
        return agreement.overview();
    }

    @Override
    public boolean hasContent(Agreement agreement) {
        return agreement.overview() != null && agreement.overview().title() != null
                && !agreement.overview().title().isBlank();
    }

    @Override
    public Optional<String> controlFor(String path) {
        String field = JsonPaths.field(path);
        return Optional.of(switch (field) {
            case "type" -> "overview-type";
            case "effectiveDate" -> "overview-effective-date";
            case "term", "initialMonths" -> "overview-initial-months";
            case "renewal" -> "overview-renewal";
            case "renewalMonths" -> "overview-renewal-months";
            case "noticeDays" -> "overview-notice-days";
            case "purpose" -> "overview-purpose";
            case "governingLaw" -> "overview-governing-law";
            case "currency" -> "overview-currency";
            case "measurementPeriod" -> "overview-measurement-period";
            case "timeZone" -> "overview-time-zone";
            case "version" -> "overview-version";
            default -> "overview-title";
        });
    }
}
