package org.slastudio.ui.metrics;

import org.junit.jupiter.api.Test;
import org.slastudio.model.Agreement;
import org.slastudio.model.AvailabilityWindow;
import org.slastudio.model.Metric;
import org.slastudio.model.Overview;
import org.slastudio.model.WeeklyHours;
import org.slastudio.model.MetricClassification;
import org.slastudio.model.MetricKind;
import org.slastudio.model.Priority;
import org.slastudio.model.PriorityTarget;
import org.slastudio.ui.start.ExampleAgreement;
import org.slastudio.ui.wizard.DraftModel;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class MetricsModelTest {
    private final DraftModel draft = new DraftModel();
    private final MetricsModel step = new MetricsModel(draft);

    @Test
    void priorityTargetsReadDurationsAndCompliance() {
        draft.start(ExampleAgreement.managedHosting().withMetrics(List.of()), null);
        step.reload();
        step.add();
        step.name.text().set("Incident response");
        step.addPriority();
        step.priorities.get(0).within.text().set("15m");
        step.priorities.get(0).compliance.text().set("95%");
        step.addPriority();
        step.priorities.get(1).within.text().set("1h 30m");
        step.serviceId.set("support");
        step.clockWindowId.set("business-hours");
        step.responsiblePartyId.set("provider");
        step.classification.set(MetricClassification.CRITICAL);

        step.commit();

        Metric m = draft.agreement().metrics().get(0);
        assertThat(m.name()).isEqualTo("Incident response");
        assertThat(m.kind()).isEqualTo(MetricKind.RESPONSE_TIME);
        assertThat(m.priorityTargets()).containsExactly(
                new PriorityTarget(Priority.P1, Duration.ofMinutes(15), new BigDecimal("95")),
                new PriorityTarget(Priority.P2, Duration.ofMinutes(90), null));
        assertThat(m.serviceId()).isEqualTo("support");
        assertThat(m.clockWindowId()).isEqualTo("business-hours");
        assertThat(m.responsiblePartyId()).isEqualTo("provider");
        assertThat(m.classification()).isEqualTo(MetricClassification.CRITICAL);
    }

    @Test
    void noneInAPickListIsNoReference() {
        draft.start(ExampleAgreement.managedHosting(), null);
        step.reload();

        step.clockWindowId.set(MetricsModel.NONE);
        step.commit();

        assertThat(draft.agreement().metrics().get(0).clockWindowId()).isNull();
        assertThat(step.windowIds).first().isEqualTo(MetricsModel.NONE);
        assertThat(step.describe("business-hours")).isEqualTo("Business hours");
        assertThat(step.describe(MetricsModel.NONE)).isEqualTo("(none)");
    }

    @Test
    void aSingleTargetIsANumberWithAUnit() {
        draft.start(ExampleAgreement.managedHosting(), null);
        step.reload();
        step.select(2);

        step.target.text().set("0.25");
        step.commit();

        assertThat(draft.agreement().metrics().get(2).target()).isEqualTo(new BigDecimal("0.25"));
        assertThat(draft.agreement().metrics().get(2).unit()).isEqualTo("%");
    }

    @Test
    void besideEachTimeTargetIsWhenAFridayAfternoonTicketWouldBeDue() {
        Overview o = Overview.blank();
        ZoneId berlin = ZoneId.of("Europe/Berlin");
        AvailabilityWindow office = new AvailabilityWindow("office", "Office hours", berlin,
                List.of(new WeeklyHours(EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY), LocalTime.of(8, 0), LocalTime.of(18, 0))),
                List.of(), List.of());
        // 1 January 2027 is a Friday.
        draft.start(Agreement.blank().withOverview(new Overview("T", o.type(), LocalDate.of(2027, 1, 1), o.term(), "", "",
                null, o.measurementPeriod(), berlin, "0.1")).withWindows(List.of(office)), null);
        step.reload();
        step.add();
        step.addPriority();

        // 4 business hours from Friday 16:30: 1.5 h until 18:00, then 2.5 h from Monday 08:00.
        step.clockWindowId.set("office");
        step.priorities.get(0).within.text().set("4h");
        assertThat(step.priorities.get(0).due.get())
                .isEqualTo("A P1 ticket raised Fri 1 Jan 16:30 is due Mon 4 Jan 10:30, in business hours (Europe/Berlin).");

        // Around the clock the same four hours end the same evening.
        step.clockWindowId.set(MetricsModel.NONE);
        assertThat(step.priorities.get(0).due.get())
                .isEqualTo("A P1 ticket raised Fri 1 Jan 16:30 is due Fri 1 Jan 20:30, around the clock (Europe/Berlin).");

        step.priorities.get(0).within.text().set("soon");
        assertThat(step.priorities.get(0).due.get()).isEmpty();
    }

    @Test
    void aBusinessDayTargetShowsItsCloseOfBusinessAndSaysWhenTheClockHasNoBusinessDays() {
        draft.start(ExampleAgreement.managedHosting(), null);
        step.reload();
        PriorityRow p4 = step.priorities.get(3);

        p4.form.set(TargetForm.END_OF_SAME_BUSINESS_DAY);
        // Friday 1 January 2027 is a holiday: received at Monday's opening, due at its close.
        assertThat(p4.due.get()).isEqualTo("A P4 ticket raised Fri 1 Jan 16:30 is due Mon 4 Jan 18:00, in business hours (Europe/Berlin).");
        step.clockWindowId.set(MetricsModel.NONE);
        assertThat(p4.due.get()).isEqualTo("A business-day target needs the clock to run in a window of business hours.");
    }

    @Test
    void aTargetLoadedWithATimeAndABusinessDayKeepsBothUntilEdited() {
        Agreement a = ExampleAgreement.managedHosting();
        Metric m = a.metrics().get(0);
        List<PriorityTarget> targets = new java.util.ArrayList<>(m.priorityTargets());
        targets.set(3, new PriorityTarget(Priority.P4, Duration.ofDays(2), null, org.slastudio.model.BusinessDayDeadline.END_OF_NEXT_BUSINESS_DAY));
        Metric both = new Metric(m.id(), m.name(), m.kind(), m.serviceId(), m.comparator(), m.target(), m.unit(), targets,
                m.clockWindowId(), m.period(), m.reporting(), m.dataSource(), m.responsiblePartyId(), m.classification());
        Agreement loaded = a.withMetrics(List.of(both, a.metrics().get(1), a.metrics().get(2)));
        draft.start(loaded, null);
        step.reload();

        step.commit();
        assertThat(draft.agreement()).isEqualTo(loaded);

        step.priorities.get(3).form.set(TargetForm.WITHIN_A_TIME);
        step.commit();
        assertThat(draft.agreement().metrics().get(0).priorityTargets().get(3))
                .isEqualTo(new PriorityTarget(Priority.P4, Duration.ofDays(2), null));
    }
}
