package org.slastudio.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.slastudio.model.Agreement;
import org.slastudio.model.Metric;
import org.slastudio.model.Priority;
import org.slastudio.store.DraftStore;

/**
 * Tickets against the business-hours template's support targets (Monday to Friday 08:00 to 18:00 in London, its bank
 * holidays off; P1 responded to within 30 minutes for 95% of tickets and resolved within 4 hours for 90%; P2 within 2
 * and 10 hours for 90%), worked out by hand across a weekend.
 */
class TicketComplianceTest {
    private static final ZoneId LONDON = ZoneId.of("Europe/London");
    private static final Agreement AGREEMENT = DraftStore.load(Path.of("templates/business-hours.sla.json")).draft().agreement();
    private static final List<MeasurementPeriodRange> MARCH = List.of(MeasurementPeriodRange.calendarMonth(YearMonth.of(2026, 3)));

    private static Instant at(String local) {
        return LocalDateTime.parse(local).atZone(LONDON).toInstant();
    }

    private static Ticket ticket(String id, Priority priority, String raised, String responded, String resolved) {
        return new Ticket(id, priority, null, at(raised), responded == null ? null : at(responded),
                resolved == null ? null : at(resolved));
    }

    private static TicketCompliance.Line line(TicketCompliance.Result result, Priority priority, boolean response) {
        return result.lines().stream().filter(l -> l.target().priority() == priority && l.response() == response)
                .findFirst().orElseThrow();
    }

    /**
     * Raised on Friday 6 March at 17:45 and 17:50, a quarter of an hour and ten minutes before the close: the clock
     * stops for the weekend, so the 30 minutes run out on Monday 9 March at 08:15 and 08:20. The first is answered at
     * 08:10, the second at 08:30. Resolution: 4 hours from the same start are due at 11:45 and 11:50; the first is
     * resolved at 10:00, the second at 13:00.
     */
    private static final List<Ticket> WEEKEND = List.of(
            ticket("INC-1", Priority.P1, "2026-03-06T17:45", "2026-03-09T08:10", "2026-03-09T10:00"),
            ticket("INC-2", Priority.P1, "2026-03-06T17:50", "2026-03-09T08:30", "2026-03-09T13:00"));

    @Test
    void aP1ResponseMeetsItsTargetAndAnotherMissesItOnABusinessHoursClockAcrossTheWeekend() {
        TicketCompliance.Result result = TicketCompliance.of(AGREEMENT, WEEKEND, MARCH, at("2026-04-01T00:00"));

        assertThat(result.measured()).extracting(m -> m.ticket().id() + " " + m.metric().id() + " due "
                        + m.deadline().dueLocal().toLocalDateTime() + " " + m.outcome())
                .containsExactly(
                        "INC-1 support-response due 2026-03-09T08:15 MET",
                        "INC-1 support-resolution due 2026-03-09T11:45 MET",
                        "INC-2 support-response due 2026-03-09T08:20 MISSED",
                        "INC-2 support-resolution due 2026-03-09T11:50 MISSED");
        TicketCompliance.Line response = line(result, Priority.P1, true);
        assertThat(response.overall()).isEqualTo(new TicketCompliance.Tally(1, 1, 0));
        assertThat(response.overall().compliancePercent()).isEqualByComparingTo("50");
        assertThat(response.requiredPercent()).isEqualByComparingTo("95");
        assertThat(response.achieved(response.overall())).isFalse();
    }

    @Test
    void aTicketStillWaitingIsOpenUntilItsTimeRunsOutAndMissedAfter() {
        // Raised on Tuesday 31 March at 17:00 (BST), an hour before the close: the 2 hours of a P2
        // response run out on Wednesday 1 April at 09:00 and the 10 hours of its resolution at 17:00.
        List<Ticket> waiting = List.of(ticket("INC-3", Priority.P2, "2026-03-31T17:00", null, null));

        TicketCompliance.Result atNine = TicketCompliance.of(AGREEMENT, waiting, MARCH, at("2026-04-01T08:59"));
        TicketCompliance.Result atNoon = TicketCompliance.of(AGREEMENT, waiting, MARCH, at("2026-04-01T12:00"));

        assertThat(line(atNine, Priority.P2, true).overall()).isEqualTo(new TicketCompliance.Tally(0, 0, 1));
        assertThat(line(atNoon, Priority.P2, true).overall()).isEqualTo(new TicketCompliance.Tally(0, 1, 0));
        assertThat(line(atNoon, Priority.P2, false).overall()).isEqualTo(new TicketCompliance.Tally(0, 0, 1));
        assertThat(line(atNoon, Priority.P2, false).overall().compliancePercent()).isNull();
        assertThat(atNoon.measured()).extracting(m -> m.deadline().dueLocal().toLocalDateTime().toString())
                .containsExactly("2026-04-01T09:00", "2026-04-01T17:00");
    }

    @Test
    void ticketsBelongToThePeriodTheyWereRaisedInAndOnesOutsideTheRunAreCounted() {
        List<MeasurementPeriodRange> two = List.of(MARCH.get(0), MARCH.get(0).next());
        List<Ticket> tickets = List.of(WEEKEND.get(0), WEEKEND.get(1),
                ticket("INC-4", Priority.P1, "2026-04-14T10:00", "2026-04-14T10:05", "2026-04-14T11:00"),
                ticket("INC-5", Priority.P1, "2026-05-01T10:00", "2026-05-01T10:05", "2026-05-01T11:00"));

        TicketCompliance.Result result = TicketCompliance.of(AGREEMENT, tickets, two, at("2026-06-01T00:00"));

        TicketCompliance.Line response = line(result, Priority.P1, true);
        assertThat(response.byPeriod()).containsExactly(new TicketCompliance.Tally(1, 1, 0), new TicketCompliance.Tally(1, 0, 0));
        assertThat(response.achieved(response.byPeriod().get(0))).isFalse();
        assertThat(response.achieved(response.byPeriod().get(1))).isTrue();
        assertThat(response.overall().compliancePercent()).isEqualByComparingTo(new BigDecimal("66.66666666666666666666666666666666"));
        assertThat(result.outsideRun()).isEqualTo(1);
    }

    @Test
    void aMetricOfOneServiceMeasuresOnlyItsTicketsAndAPriorityNoTargetCoversIsNamed() {
        Metric desk = AGREEMENT.metric("support-response").orElseThrow();
        Metric pmsOnly = new Metric(desk.id(), desk.name(), desk.kind(), "pms", desk.comparator(), desk.target(), desk.unit(),
                desk.priorityTargets().subList(0, 1), desk.clockWindowId(), desk.period(), desk.reporting(), desk.dataSource(),
                desk.responsiblePartyId(), desk.classification());
        Agreement agreement = AGREEMENT.withMetrics(List.of(pmsOnly));
        List<Ticket> tickets = List.of(
                new Ticket("INC-6", Priority.P1, "pms", at("2026-03-10T10:00"), at("2026-03-10T10:20"), null),
                new Ticket("INC-7", Priority.P1, "booking", at("2026-03-10T10:00"), at("2026-03-10T10:20"), null),
                new Ticket("INC-8", Priority.P3, "pms", at("2026-03-10T10:00"), at("2026-03-10T10:20"), null));

        TicketCompliance.Result result = TicketCompliance.of(agreement, tickets, MARCH, at("2026-04-01T00:00"));

        assertThat(result.measured()).extracting(m -> m.ticket().id()).containsExactly("INC-6");
        assertThat(result.notMeasured()).containsExactlyInAnyOrder(Priority.P1, Priority.P3);
    }
}
