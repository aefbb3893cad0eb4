package org.slastudio.ui.fields;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;

import static org.assertj.core.api.Assertions.assertThat;

class InputTest {
    private final Input<BigDecimal> target = new Input<>("Target", Parsers::percent, BigDecimal::toPlainString);

    @Test
    void textThatDoesNotParseKeepsThePreviousValueAndWhatWasTyped() {
        target.text().set("99.9x");

        assertThat(target.valueOr(new BigDecimal("99.5"))).isEqualTo(new BigDecimal("99.5"));
        assertThat(target.text().get()).isEqualTo("99.9x");
        assertThat(target.error().get()).startsWith("Target: ").contains("99.95");
    }

    @Test
    void fixingTheTextClearsTheMessage() {
        target.text().set("abc");
        target.valueOr(null);
        target.text().set("99.9%");

        assertThat(target.valueOr(null)).isEqualTo(new BigDecimal("99.9"));
        assertThat(target.hasError()).isFalse();
    }

    @Test
    void blankTextIsNoValueAndNoError() {
        target.text().set("   ");

        assertThat(target.valueOr(BigDecimal.ONE)).isNull();
        assertThat(target.hasError()).isFalse();
    }

    @Test
    void showingAValueReplacesTextAndMessage() {
        target.text().set("abc");
        target.valueOr(null);
        target.show(new BigDecimal("99.950"));

        assertThat(target.text().get()).isEqualTo("99.950");
        assertThat(target.hasError()).isFalse();
    }
}
