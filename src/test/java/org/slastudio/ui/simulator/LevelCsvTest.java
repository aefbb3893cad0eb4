package org.slastudio.ui.simulator;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class LevelCsvTest {

    @ParameterizedTest(name = "[{0}] as [{1}]")
    @CsvSource(delimiter = '|', quoteCharacter = '\'', value = {
            "12.3%          | 12.3%",
            "1,250          | \"1,250\"",
            "Web \"shop\"   | \"Web \"\"shop\"\"\"",
            "99.95% ● ★ ◆   | 99.95% ● ★ ◆",
            "—              | —",
            "''             | ''",
    })
    void aCellIsQuotedOnlyWhereACommaOrQuoteWouldSplitIt(String cell, String written) {
        assertThat(LevelCsv.quoted(cell == null ? "" : cell.strip())).isEqualTo(written == null ? "" : written.strip());
    }

    @Test
    void theHeadingsNameTheirGroupAndTheMoneyColumnsTheCurrency() {
        assertThat(LevelColumns.of("EUR")).extracting(LevelColumns.Column::heading).containsExactly("Service", "Level",
                "Allowed per month", "P(breach) month", "P(breach) year", "Expected credits (EUR) month",
                "Expected credits (EUR) year", "Expected credits (EUR) year 95%", "Customer loss (EUR) expected",
                "Customer loss (EUR) uncovered", "Provider (EUR) cost", "Provider (EUR) margin", "Provider (EUR) break-even");
        assertThat(LevelColumns.of("")).extracting(LevelColumns.Column::heading).contains("Expected credits month", "Provider cost");
    }
}
