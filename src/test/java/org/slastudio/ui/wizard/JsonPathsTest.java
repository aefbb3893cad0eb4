package org.slastudio.ui.wizard;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class JsonPathsTest {
    @Test
    void readsIndexesAndTheLastFieldOfAFindingsPath() {
        String path = "$.services[0].levels[1].targetPercent";

        assertThat(JsonPaths.index(path, "services")).contains(0);
        assertThat(JsonPaths.index(path, "levels")).contains(1);
        assertThat(JsonPaths.index(path, "metrics")).isEmpty();
        assertThat(JsonPaths.field(path)).isEqualTo("targetPercent");
        assertThat(JsonPaths.field("$.parties[2]")).isEqualTo("parties");
        assertThat(JsonPaths.contains("$.creditRegime.tiers[2].lower.percent", "lower")).isTrue();
        assertThat(JsonPaths.contains("$.creditRegime.tiers[2].lowerX", "lower")).isFalse();
    }
}
