package org.slastudio.review;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FindingsTest {

    @Test
    void findingsComeInDocumentOrderAndErrorsBeforeWarningsOnTheSamePath() {
        Findings out = new Findings();
        out.info("$.metrics[0].target", "c", "fix");
        out.warning("$.services[0].levels[0].targetPercent", "b", "fix");
        out.error("$.services[0].levels[0].targetPercent", "a", "fix");
        out.warning("$.overview.title", "first", "fix");
        out.warning("$.services[0].levels[0].targetPercent", "b2", "fix");
        assertThat(out.inDocumentOrder()).extracting(Finding::message).containsExactly("first", "a", "b", "b2", "c");
    }
}
