package org.slastudio.review;

import static org.slastudio.review.ReviewCase.finds;
import static org.slastudio.review.Severity.ERROR;
import static org.slastudio.review.Severity.INFO;
import static org.slastudio.review.Severity.WARNING;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.slastudio.model.AgreedFigure;
import org.slastudio.model.Agreement;
import org.slastudio.model.Clause;
import org.slastudio.model.Quantity;
import org.slastudio.model.Section;

class AgreedFiguresTest {
    private static final Quantity THIRTY_DAYS = Quantity.of("30", Quantity.Unit.DAYS);

    private static UnaryOperator<Agreement> figures(AgreedFigure... figures) {
        return a -> {
            List<Clause> clauses = new ArrayList<>(a.clauses());
            clauses.add(new Clause(Section.TERMINATION, "Termination", "The Customer may terminate on {{figure.notice}}' notice."));
            return a.withClauses(clauses).withFigures(java.util.Arrays.asList(figures));
        };
    }

    static Stream<ReviewCase> figuresFoundWanting() {
        return Stream.of(
                finds("no id", figures(new AgreedFigure("notice", "Notice", THIRTY_DAYS), new AgreedFigure(" ", "Other", THIRTY_DAYS)),
                        "$.figures[1].id", ERROR, "Figure 2 'Other' has no id, which no placeholder can name."),
                finds("an id with a dot", figures(new AgreedFigure("notice", "Notice", THIRTY_DAYS),
                        new AgreedFigure("a.b", "Other", THIRTY_DAYS)), "$.figures[1].id", ERROR, "has the id 'a.b', which no placeholder can name"),
                finds("twice the same id", figures(new AgreedFigure("notice", "Notice", THIRTY_DAYS),
                        new AgreedFigure("notice", "Other", THIRTY_DAYS)), "$.figures[1].id", ERROR, "which figure 1 already has"),
                finds("no name", figures(new AgreedFigure("notice", "", THIRTY_DAYS)), "$.figures[0].name", WARNING,
                        "Figure 1 has no name"),
                finds("no value", figures(new AgreedFigure("notice", "Notice", null)), "$.figures[0].value", ERROR,
                        "Figure 1 'Notice' has no value, so the clauses that use it cannot be filled."),
                finds("negative", figures(new AgreedFigure("notice", "Notice", Quantity.of("-3", Quantity.Unit.DAYS))),
                        "$.figures[0].value", ERROR, "is negative"),
                finds("money without a currency", figures(new AgreedFigure("notice", "Notice",
                        new Quantity(new BigDecimal("50"), Quantity.Unit.MONEY, null))), "$.figures[0].value.currency", ERROR,
                        "an amount without a currency"),
                finds("used by no clause", figures(new AgreedFigure("notice", "Notice", THIRTY_DAYS),
                        new AgreedFigure("audit-cap", "Cap on audit costs", THIRTY_DAYS)), "$.figures[1]", INFO,
                        "Figure 2 'Cap on audit costs' is used by no clause"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("figuresFoundWanting")
    void anAgreedFigureNeedsAnIdANameAValueAndAClause(ReviewCase c) {
        c.assertFound();
    }

    @Test
    void aFigureAClauseStatesThroughItsPlaceholderIsFine() {
        ReviewCase.assertClean(figures(new AgreedFigure("notice", "Notice to terminate", THIRTY_DAYS)));
    }
}
