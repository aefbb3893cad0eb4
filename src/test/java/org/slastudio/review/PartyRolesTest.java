package org.slastudio.review;

import static org.slastudio.review.Drafts.set;
import static org.slastudio.review.ReviewCase.finds;
import static org.slastudio.review.Severity.ERROR;

import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.slastudio.model.AgreementType;
import org.slastudio.model.PartyRole;

class PartyRolesTest {

    static Stream<ReviewCase> missingRoles() {
        return Stream.of(
                finds("two providers", set("$.parties[1].role", PartyRole.PROVIDER), "$.parties", ERROR, "No party is the customer"),
                finds("subcontractor and customer", set("$.parties[0].role", PartyRole.SUBCONTRACTOR), "$.parties", ERROR, "No party is the provider"),
                finds("no parties", set("$.parties", java.util.List.of()), "$.parties", ERROR, "No party is the provider"),
                finds("internal agreement with one department", Drafts.all(set("$.overview.type", AgreementType.INTERNAL), Drafts.remove("$.parties", 1)),
                        "$.parties", ERROR, "An internal agreement needs at least two parties; this one has 1"),
                finds("internal agreement whose second party is null", Drafts.all(set("$.overview.type", AgreementType.INTERNAL), set("$.parties[1]", null)),
                        "$.parties", ERROR, "this one has 1"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("missingRoles")
    void anAgreementNeedsAProviderAndACustomer(ReviewCase c) {
        c.assertFound();
    }

    @Test
    void anInternalAgreementBetweenTwoDepartmentsNeedsNoProviderOrCustomer() {
        ReviewCase.assertClean(Drafts.all(set("$.overview.type", AgreementType.INTERNAL),
                set("$.parties[0].role", PartyRole.INTERNAL_DEPARTMENT), set("$.parties[1].role", PartyRole.INTERNAL_DEPARTMENT)));
    }
}
