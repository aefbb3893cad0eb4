package org.slastudio.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.slastudio.engine.CreditCalculation;
import org.slastudio.engine.CreditCase;
import org.slastudio.engine.MeasurementPeriodRange;
import org.slastudio.model.Agreement;
import org.slastudio.model.CreditTier;
import org.slastudio.model.CreditTrigger;
import org.slastudio.model.Service;
import org.slastudio.model.ServiceLevel;

/** Schema 1 drafts keep their meaning in schema 2: the same credits for the same availability, before and after. */
class TiersAsDraftedTest {

    private static final MeasurementPeriodRange MAY = MeasurementPeriodRange.parse("2026-05");
    private static final BigDecimal STEP = new BigDecimal("0.0000001");

    static Stream<String> templates() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("src/test/resources/org/slastudio/store/v1"))) {
            return files.map(p -> p.getFileName().toString()).sorted().toList().stream();
        }
    }

    @ParameterizedTest
    @MethodSource("templates")
    void everyTemplateOwesTheSameCreditsAsItDidInSchemaOne(String name) throws IOException {
        String v1 = Files.readString(Path.of("src/test/resources/org/slastudio/store/v1", name));
        assertThat(v1).contains("\"schemaVersion\": 1,");
        Agreement migrated = DraftStore.read(v1).draft().agreement();
        Agreement shipped = DraftStore.load(Path.of("templates", name)).draft().agreement();
        int compared = 0;
        for (Service s : migrated.services()) {
            for (ServiceLevel level : s.levels()) {
                if (!level.creditBearing()) {
                    continue;
                }
                ServiceLevel shippedLevel = shipped.service(s.id()).orElseThrow().levels().get(s.levels().indexOf(level));
                for (BigDecimal availability : edges(migrated, level)) {
                    BigDecimal before = schemaOne(migrated, s, level, availability);
                    assertThat(credit(migrated, s, level, availability)).as(name + " " + s.id() + " at " + availability)
                            .isEqualByComparingTo(before);
                    assertThat(credit(shipped, shipped.service(s.id()).orElseThrow(), shippedLevel, availability))
                            .as("shipped " + name).isEqualByComparingTo(before);
                    compared++;
                }
            }
        }
        boolean bearsCredits = migrated.services().stream().anyMatch(s -> s.levels().stream().anyMatch(ServiceLevel::creditBearing));
        assertThat(compared > 0).as("availabilities compared").isEqualTo(bearsCredits);
    }

    /** A table that reaches its 99.9% target: schema 1 paid nothing at 99.9%; migrated, it says so, and keeps it. */
    private static final String REACHING = """
            {"schemaVersion": 1,
             "overview": {"title": "Reaching", "currency": "USD", "timeZone": "UTC", "measurementPeriod": "calendar-month"},
             "services": [{"id": "api", "name": "API", "monthlyFee": {"amount": 1000.00, "currency": "USD"},
                           "levels": [{"windowId": "24x7", "targetPercent": 99.9, "creditBearing": true}]}],
             "windows": [{"id": "24x7", "name": "Around the clock", "timeZone": "UTC", "hours": []}],
             "creditRegime": {"tiers": [{"lower": {"percent": 99.0, "inclusive": true},
                                         "upper": {"percent": 99.9, "inclusive": true}, "creditPercent": 10}],
                              "feeBasis": "affected-service", "soleRemedy": false}}
            """;

    @Test
    void aTableThatReachesItsTargetIsToldToPayOnlyForAMissedTarget() {
        Agreement migrated = DraftStore.read(REACHING).draft().agreement();
        assertThat(migrated.creditRegime().trigger()).isEqualTo(CreditTrigger.TARGET_MISSED);
        Service api = migrated.services().get(0);
        assertThat(credit(migrated, api, api.levels().get(0), new BigDecimal("99.9"))).isEqualByComparingTo("0");
        assertThat(credit(migrated, api, api.levels().get(0), new BigDecimal("99.8"))).isEqualByComparingTo("100");

        Agreement asDrafted = DraftStore.read(REACHING.replace("\"schemaVersion\": 1", "\"schemaVersion\": 2")).draft().agreement();
        assertThat(asDrafted.creditRegime().trigger()).isNull();
        assertThat(credit(asDrafted, api, api.levels().get(0), new BigDecimal("99.9"))).isEqualByComparingTo("100");
    }

    @Test
    void aTableThatStopsBelowItsTargetIsLeftAsItWas() {
        String below = REACHING.replace("\"percent\": 99.9, \"inclusive\": true", "\"percent\": 99.9, \"inclusive\": false");
        assertThat(DraftStore.read(below).draft().agreement().creditRegime().trigger()).isNull();
        assertThat(DraftStore.write(DraftStore.read(below).draft())).doesNotContain("trigger");
    }

    /** Schema 1's rule: a met target owes nothing; otherwise the first tier that holds the availability decides. */
    private static BigDecimal schemaOne(Agreement a, Service s, ServiceLevel level, BigDecimal availability) {
        if (level.targetPercent() != null && availability.compareTo(level.targetPercent()) >= 0) {
            return BigDecimal.ZERO;
        }
        Agreement tiersAlone = a.withCreditRegime(new org.slastudio.model.CreditRegime(a.creditRegime().tiers(),
                a.creditRegime().feeBasis(), a.creditRegime().monthlyCapPercent(), a.creditRegime().rollingTwelveMonthCapPercent(),
                a.creditRegime().atRisk(), a.creditRegime().minimumCredit(), a.creditRegime().earnBack(),
                a.creditRegime().claimDeadline(), a.creditRegime().soleRemedy(), CreditTrigger.TIERS_AS_DRAFTED));
        return credit(tiersAlone, s, level, availability);
    }

    private static BigDecimal credit(Agreement a, Service s, ServiceLevel level, BigDecimal availability) {
        return CreditCalculation.calculate(CreditCase.of(a, s, level, MAY, availability)).credit().amount();
    }

    /** Each tier edge and the target, exactly and a hair either side, and both ends of the scale. */
    private static List<BigDecimal> edges(Agreement a, ServiceLevel level) {
        TreeSet<BigDecimal> points = new TreeSet<>(List.of(BigDecimal.ZERO, new BigDecimal("100")));
        List<BigDecimal> values = new ArrayList<>();
        values.add(level.targetPercent());
        for (CreditTier t : a.creditsFor(level).tiers()) {
            if (t.lower() != null) {
                values.add(t.lower().percent());
            }
            if (t.upper() != null) {
                values.add(t.upper().percent());
            }
        }
        for (BigDecimal v : values) {
            if (v != null) {
                points.add(v);
                points.add(v.add(STEP));
                points.add(v.subtract(STEP));
            }
        }
        return new ArrayList<>(points);
    }
}
