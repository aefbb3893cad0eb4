package org.slastudio.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.slastudio.model.Agreement;
import org.slastudio.model.AvailabilityWindow;
import org.slastudio.model.Metric;
import org.slastudio.model.MetricKind;
import org.slastudio.model.Overview;
import org.slastudio.model.Priority;
import org.slastudio.model.PriorityTarget;

class BusinessClockTest {

    /** Times are local to the window's zone; 8 March 2024 is a Friday. */
    @ParameterizedTest(name = "\"{0}\" in {1}: raised {2} + {3} is due {4}")
    @CsvSource(delimiter = '|', value = {
            "Mon-Fri 08:00-18:00 | Europe/London    |                   | 2024-03-08T16:30 | PT4H    | 2024-03-11T10:30",
            // raised after closing: the clock starts at the next opening
            "Mon-Fri 08:00-18:00 | Europe/London    |                   | 2024-03-08T19:00 | PT4H    | 2024-03-11T12:00",
            "Mon-Fri 08:00-18:00 | Europe/London    |                   | 2024-03-09T10:00 | PT1H    | 2024-03-11T09:00",
            "Mon-Fri 08:00-18:00 | Europe/London    |                   | 2024-03-11T07:00 | PT30M   | 2024-03-11T08:30",
            // due exactly at closing time is due then, not at the next opening
            "Mon-Fri 08:00-18:00 | Europe/London    |                   | 2024-03-08T14:00 | PT4H    | 2024-03-08T18:00",
            "Mon-Fri 08:00-18:00 | Europe/London    |                   | 2024-03-08T08:00 | PT10H   | 2024-03-08T18:00",
            "Mon-Fri 08:00-18:00 | Europe/London    |                   | 2024-03-08T08:00 | PT10H1M | 2024-03-11T08:01",
            // Friday 1.5 h, Monday 10 h, Tuesday 8.5 h
            "Mon-Fri 08:00-18:00 | Europe/London    |                   | 2024-03-08T16:30 | PT20H   | 2024-03-12T16:30",
            // Monday is a holiday
            "Mon-Fri 08:00-18:00 | Europe/London    | 2024-03-11        | 2024-03-08T16:30 | PT4H    | 2024-03-12T10:30",
            "Mon-Fri 08:00-18:00 | Europe/London    | 2024-03-11        | 2024-03-10T12:00 | PT4H    | 2024-03-12T12:00",
            // the weekend of the US clock change: local hours stay 09:00-17:00
            "Mon-Fri 09:00-17:00 | America/New_York |                   | 2025-03-07T16:00 | PT2H    | 2025-03-10T10:00",
            // overnight support: 05:00-06:00, then from 22:00
            "Mon-Sun 22:00-06:00 | UTC              |                   | 2025-03-04T05:00 | PT2H    | 2025-03-04T23:00",
            "Mon-Sun 00:00-00:00 | Asia/Tokyo       |                   | 2025-03-04T05:00 | PT50H   | 2025-03-06T07:00",
            "Mon-Fri 08:00-18:00 | Europe/London    |                   | 2024-03-08T19:00 | PT0S    | 2024-03-08T19:00",
    })
    void aBusinessHoursClockRunsOnlyInTheWindowsHours(String hours, String zone, String holiday, LocalDateTime raised,
                                                      Duration within, LocalDateTime due) {
        AvailabilityWindow window = holiday == null ? Windows.of(hours, zone) : Windows.of(hours, zone, holiday);
        ZoneId z = ZoneId.of(zone);
        Instant result = new BusinessClock(window).due(raised.atZone(z).toInstant(), within);
        assertThat(result.atZone(z).toLocalDateTime()).isEqualTo(due);
    }

    @Test
    void theClockOpensAtTheNextOpening() {
        ZoneId london = ZoneId.of("Europe/London");
        BusinessClock clock = new BusinessClock(Windows.of("Mon-Fri 08:00-18:00", "Europe/London"));
        assertThat(clock.nextOpening(LocalDateTime.parse("2024-03-08T18:00").atZone(london).toInstant()).atZone(london)
                .toLocalDateTime()).isEqualTo(LocalDateTime.parse("2024-03-11T08:00"));
        assertThat(clock.nextOpening(LocalDateTime.parse("2024-03-08T17:59").atZone(london).toInstant()).atZone(london)
                .toLocalDateTime()).isEqualTo(LocalDateTime.parse("2024-03-08T17:59"));
    }

    @Test
    void aWindowThatNeverOpensIsReportedNotLoopedOver() {
        AvailabilityWindow never = new AvailabilityWindow("never", "Never", ZoneId.of("UTC"), List.of(), List.of(), List.of());
        assertThatThrownBy(() -> new BusinessClock(never).due(Instant.parse("2025-01-01T00:00:00Z"), Duration.ofHours(1)))
                .hasMessageContaining("never open");
    }

    @Test
    void aMetricWithAClockWindowIsDueInBusinessHoursAndOneWithoutAroundTheClock() {
        AvailabilityWindow hours = new AvailabilityWindow("business", "Business hours", ZoneId.of("Europe/London"),
                Windows.of("Mon-Fri 08:00-18:00", "Europe/London").hours(), List.of(), List.of());
        List<PriorityTarget> targets = List.of(new PriorityTarget(Priority.P1, Duration.ofHours(1), null),
                new PriorityTarget(Priority.P2, Duration.ofHours(4), new BigDecimal("95")));
        Metric business = metric("resolution", "business", targets);
        Metric allDay = metric("response", null, targets);
        Agreement agreement = Agreement.blank().withWindows(List.of(hours)).withMetrics(List.of(business, allDay))
                .withOverview(Overview.blank());
        Instant raised = LocalDateTime.parse("2024-03-08T16:30").atZone(ZoneId.of("Europe/London")).toInstant();

        ResponseDeadline p2 = ResponseDeadline.of(agreement, business, Priority.P2, raised);
        assertThat(p2.dueLocal().toLocalDateTime()).isEqualTo(LocalDateTime.parse("2024-03-11T10:30"));
        assertThat(p2.businessHours()).isTrue();
        assertThat(ResponseDeadline.of(agreement, allDay, Priority.P2, raised).due()).isEqualTo(raised.plus(Duration.ofHours(4)));
        assertThatThrownBy(() -> ResponseDeadline.of(agreement, business, null, raised)).hasMessageContaining("P1, P2");
        assertThatThrownBy(() -> ResponseDeadline.of(agreement, business, Priority.P4, raised))
                .hasMessageContaining("$.metrics[0].priorityTargets");
        Metric dangling = metric("x", "missing", targets);
        assertThatThrownBy(() -> ResponseDeadline.of(agreement.withMetrics(List.of(dangling)), dangling, Priority.P1, raised))
                .hasMessageContaining("$.metrics[0].clockWindowId");
    }

    private static Metric metric(String id, String window, List<PriorityTarget> targets) {
        return new Metric(id, id, MetricKind.RESOLUTION_TIME, null, null, null, null, targets, window, null, null, null, null, null);
    }
}
