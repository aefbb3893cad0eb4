package org.slastudio.monitoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CsvLinesTest {

    /** Cells are shown joined by |, as the line itself is comma-separated. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '~', quoteCharacter = '\'', value = {
            "a,b,c                                    ~ a|b|c",
            "' a , b ,c '                             ~ a|b|c",
            "a,,c,                                    ~ a||c|",
            "Down,\"502 Bad Gateway, from the LB\",x  ~ Down|502 Bad Gateway, from the LB|x",
            "\"say \"\"hello\"\"\",b                  ~ say \"hello\"|b",
            "ab\"c,d\"e,f                             ~ abc,de|f",
            "\"unclosed, to the end                   ~ unclosed, to the end",
            "\"\",\"\"                                ~ |",
    })
    void aLineIsSplitIntoTrimmedCellsWithQuotedCommasKept(String line, String cells) {
        assertThat(String.join("|", Arrays.asList(CsvLines.split(line.strip())))).isEqualTo(cells.strip());
    }
}
