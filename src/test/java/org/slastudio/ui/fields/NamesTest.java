package org.slastudio.ui.fields;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class NamesTest {
    @ParameterizedTest(name = "{0} named \"{1}\" reads \"{2}\"")
    @CsvSource(delimiter = '|', nullValues = "null", value = {
            "provider       | Northwind Cloud GmbH | Northwind Cloud GmbH",
            "24x7           | 24x7                 | 24x7",
            "business-hours | '  Business hours '  | Business hours",
            "customer       | ''                   | customer",
            "customer       | '   '                | customer",
            "office         | null                 | office",
    })
    void aReferenceReadsAsTheNameOfWhatItRefersToAndAsItsIdOnlyWithoutOne(String id, String name, String shown) {
        assertThat(Names.of(id, Optional.ofNullable(name))).isEqualTo(shown);
    }
}
