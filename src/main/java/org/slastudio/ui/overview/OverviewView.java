package org.slastudio.ui.overview;

import javafx.collections.FXCollections;
import javafx.scene.Node;
import javafx.scene.control.Label;
import org.slastudio.model.AgreementType;
import org.slastudio.model.MeasurementPeriod;
import org.slastudio.model.Overview;
import org.slastudio.model.Renewal;
import org.slastudio.ui.fields.Fields;
import org.slastudio.ui.fields.Form;
import org.slastudio.ui.fields.StepPage;

import java.time.ZoneId;
import java.util.Currency;
import java.util.List;

/** The Overview step's controls, ids {@code overview-<field>}. */
public final class OverviewView {
    private static final List<String> ZONES = ZoneId.getAvailableZoneIds().stream().sorted().toList();
    private static final List<String> CURRENCIES = Currency.getAvailableCurrencies().stream()
            .map(Currency::getCurrencyCode).sorted().toList();

    private OverviewView() {
    }

    private static Label periodMeaning(OverviewModel m) {
        Label meaning = Fields.muted("");
        meaning.setId("overview-period-meaning");
        meaning.setWrapText(true);
        meaning.textProperty().bind(m.periodMeaning);
        return meaning;
    }

    public static Node of(OverviewModel m) {
        Runnable commit = m::commit;
        Form form = new Form()
                .wide("Title", Fields.text("overview-title", m.title, commit), m.title)
                .field("Type", Fields.choice("overview-type", "Agreement type", AgreementType.values(), m.type, commit))
                .field("Version", Fields.text("overview-version", m.version, commit), m.version)
                .wide("Purpose", Fields.area("overview-purpose", m.purpose, commit), m.purpose)
                .section("Term")
                .field("Effective date", Fields.date("overview-effective-date", m.effectiveDate, commit), m.effectiveDate)
                .field("Initial term (months)", Fields.text("overview-initial-months", m.initialMonths, commit), m.initialMonths)
                .field("Renewal", Fields.choice("overview-renewal", "Renewal", Renewal.values(), m.renewal, commit))
                .field("Renewal term (months)", Fields.text("overview-renewal-months", m.renewalMonths, commit), m.renewalMonths)
                .field("Notice (days)", Fields.text("overview-notice-days", m.noticeDays, commit), m.noticeDays)
                .section("Law, money and measurement")
                .field("Governing law", Fields.text("overview-governing-law", m.governingLaw, commit), m.governingLaw)
                .field("Language", Fields.choice("overview-locale", "Language of the agreement",
                        FXCollections.observableArrayList(Overview.LOCALES), OverviewModel::localeName, m.locale, commit))
                .field("Currency", Fields.suggest("overview-currency", m.currency, CURRENCIES, commit), m.currency)
                .field("Measurement period", Fields.choice("overview-measurement-period", "Measurement period",
                        FXCollections.observableArrayList(MeasurementPeriod.values()), MeasurementPeriod::plainName,
                        m.measurementPeriod, commit))
                .wide("", periodMeaning(m))
                .field("Time zone", Fields.suggest("overview-time-zone", m.timeZone, ZONES, commit), m.timeZone);
        return StepPage.of("overview", "Overview",
                "What the agreement is, when it starts and ends, and the currency and time zone every number is in.",
                form);
    }
}
