package org.slastudio.ui.wizard;

import org.slastudio.review.Finding;
import org.slastudio.model.Agreement;

import java.util.List;

/** Where the wizard gets its findings from; the review rules live outside the ui. */
@FunctionalInterface
public interface DraftReview {
    List<Finding> review(Agreement agreement);
}
