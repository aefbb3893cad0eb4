package org.slastudio.review;

import static org.slastudio.review.Drafts.set;
import static org.slastudio.review.ReviewCase.finds;
import static org.slastudio.review.Severity.WARNING;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.slastudio.model.Signatory;

class SignatoriesTest {

    static Stream<ReviewCase> incompleteSignatories() {
        return Stream.of(
                finds("no signatory", set("$.parties[0].signatory", null), "$.parties[0].signatory", WARNING,
                        "Party 'Northwind Cloud GmbH' has no signatory"),
                finds("blank signatory", set("$.parties[1].signatory", new Signatory("", " ")), "$.parties[1].signatory", WARNING,
                        "Party 'Contoso Retail Ltd' has no signatory"),
                finds("signatory without name", set("$.parties[1].signatory", new Signatory(null, "CIO")), "$.parties[1].signatory.name",
                        WARNING, "the signatory has no name"),
                finds("signatory without title", set("$.parties[0].signatory", new Signatory("Anna Becker", "")), "$.parties[0].signatory.title",
                        WARNING, "the signatory Anna Becker has no title"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("incompleteSignatories")
    void aSignatureBlockWithoutNameAndTitleIsAWarning(ReviewCase c) {
        c.assertFound();
    }
}
