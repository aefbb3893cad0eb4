package org.slastudio.review;

import org.slastudio.model.Agreement;

/** One concern of the review. A rule must cope with any field or list element being null. */
interface ReviewRule {
    void check(Agreement agreement, Findings out);
}
