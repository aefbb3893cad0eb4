package org.slastudio.ui.review;

import org.junit.jupiter.api.Test;
import org.slastudio.model.Agreement;
import org.slastudio.ui.start.ExampleAgreement;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ReviewModelTest {
    @Test
    void theSummaryHasOneSectionPerStepWithTheNumbersThatMatter() {
        List<ReviewModel.Section> summary = ReviewModel.summarise(ExampleAgreement.managedHosting());

        assertThat(summary).extracting(ReviewModel.Section::title).containsExactly("Overview", "Parties", "Services",
                "Availability windows", "Service credits", "Metrics");
        assertThat(summary.get(2).lines().get(0)).isEqualTo("Web shop hosting, EUR 12,000.00 a month, "
                + "99.95% in Around the clock (credits), 99.9% in Business hours");
        assertThat(summary.get(3).lines()).containsExactly(
                "Around the clock: 24x7, Europe/Berlin, 1 maintenance window",
                "Business hours: 50 hours a week, Europe/Berlin, 4 holidays");
        assertThat(summary.get(4).lines()).startsWith("From 99.5% to below 99.95%: 5% credit")
                .contains("From 0% to below 95.0%: 50% credit", "Credits are the sole remedy");
    }

    @Test
    void aBlankDraftSaysNoneYetRatherThanNothing() {
        List<ReviewModel.Section> summary = ReviewModel.summarise(Agreement.blank());

        assertThat(summary.get(0).lines().get(0)).startsWith("Untitled agreement");
        assertThat(summary.get(1).lines()).containsExactly("None yet");
    }
}
