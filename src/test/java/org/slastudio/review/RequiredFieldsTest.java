package org.slastudio.review;

import static org.slastudio.review.Drafts.set;
import static org.slastudio.review.ReviewCase.finds;
import static org.slastudio.review.Severity.ERROR;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class RequiredFieldsTest {

    static Stream<ReviewCase> missingFields() {
        return Stream.of(
                finds("no overview", set("$.overview", null), "$.overview", ERROR, "The overview is missing"),
                finds("empty title", set("$.overview.title", ""), "$.overview.title", ERROR, "no title"),
                finds("blank title", set("$.overview.title", "   "), "$.overview.title", ERROR, "no title"),
                finds("no type", set("$.overview.type", null), "$.overview.type", ERROR, "no type"),
                finds("no effective date", set("$.overview.effectiveDate", null), "$.overview.effectiveDate", ERROR, "no effective date"),
                finds("no currency", set("$.overview.currency", null), "$.overview.currency", ERROR, "no currency"),
                finds("no measurement period", set("$.overview.measurementPeriod", null), "$.overview.measurementPeriod", ERROR, "no measurement period"),
                finds("no time zone", set("$.overview.timeZone", null), "$.overview.timeZone", ERROR, "no time zone"),
                finds("party without id", set("$.parties[0].id", null), "$.parties[0].id", ERROR, "Party 'Northwind Cloud GmbH' has no id"),
                finds("party without legal name", set("$.parties[1].legalName", " "), "$.parties[1].legalName", ERROR, "Party 'customer' has no legal name"),
                finds("party without role", set("$.parties[0].role", null), "$.parties[0].role", ERROR, "has no role"),
                finds("service without id", set("$.services[0].id", null), "$.services[0].id", ERROR, "Service 'Object Storage' has no id"),
                finds("service without name", set("$.services[1].name", ""), "$.services[1].name", ERROR, "Service 'database' has no name"),
                finds("service without provider", set("$.services[0].providerId", null), "$.services[0].providerId", ERROR, "has no provider"),
                finds("service without recipient", set("$.services[0].recipientId", ""), "$.services[0].recipientId", ERROR, "has no recipient"),
                finds("nameless service without recipient", a -> set("$.services[0].recipientId", null).apply(set("$.services[0].name", null).apply(set("$.services[0].id", null).apply(a))),
                        "$.services[0].recipientId", ERROR, "Service 1 has no recipient"),
                finds("level without window", set("$.services[0].levels[0].windowId", null), "$.services[0].levels[0].windowId", ERROR,
                        "Service 'Object Storage', service level 1 applies in no window"),
                finds("level without target", set("$.services[1].levels[1].targetPercent", null), "$.services[1].levels[1].targetPercent", ERROR,
                        "Service 'Managed Database', service level 2 has no target"),
                finds("window without id", set("$.windows[1].id", null), "$.windows[1].id", ERROR, "Window 'Business hours' has no id"),
                finds("window without name", set("$.windows[1].name", ""), "$.windows[1].name", ERROR, "Window 'business-hours' has no name"),
                finds("window without zone", set("$.windows[0].zone", null), "$.windows[0].zone", ERROR, "Window 'Around the clock' has no time zone"),
                finds("metric without id", set("$.metrics[0].id", null), "$.metrics[0].id", ERROR, "Metric 'Object Storage availability' has no id"),
                finds("metric without name", set("$.metrics[1].name", null), "$.metrics[1].name", ERROR, "Metric 'incident-response' has no name"),
                finds("metric without kind", set("$.metrics[2].kind", null), "$.metrics[2].kind", ERROR, "has no kind"),
                finds("clause without section", set("$.clauses[1].section", null), "$.clauses[1].section", ERROR, "Clause 2 belongs to no section"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("missingFields")
    void aMissingRequiredFieldIsAnErrorAtThatField(ReviewCase c) {
        c.assertFound();
    }
}
