package org.slastudio.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.function.UnaryOperator;
import org.slastudio.model.Agreement;
import org.slastudio.model.Agreements;

/** One row of a rule's table: an edit of the valid agreement and the finding it must cause. */
record ReviewCase(String description, UnaryOperator<Agreement> edit, String path, Severity severity, String fragment) {

    static ReviewCase finds(String description, UnaryOperator<Agreement> edit, String path, Severity severity, String fragment) {
        return new ReviewCase(description, edit, path, severity, fragment);
    }

    List<Finding> review() {
        return Review.of(edit.apply(Agreements.valid()));
    }

    void assertFound() {
        assertThat(review()).as(description)
                .anyMatch(f -> f.path().equals(path) && f.severity() == severity && f.message().contains(fragment));
    }

    /** For edits that must leave the draft clean: the full review finds nothing. */
    static void assertClean(UnaryOperator<Agreement> edit) {
        assertThat(Review.of(edit.apply(Agreements.valid()))).isEmpty();
    }

    @Override
    public String toString() {
        return description;
    }
}
