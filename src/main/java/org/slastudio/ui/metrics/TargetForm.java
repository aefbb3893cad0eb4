package org.slastudio.ui.metrics;

import org.slastudio.model.BusinessDayDeadline;

/** How a priority's target is written: as a time on the clock, or as the end of a business day. */
enum TargetForm {
    WITHIN_A_TIME(null, "Within a time"),
    END_OF_SAME_BUSINESS_DAY(BusinessDayDeadline.END_OF_SAME_BUSINESS_DAY, "By the end of the same business day"),
    END_OF_NEXT_BUSINESS_DAY(BusinessDayDeadline.END_OF_NEXT_BUSINESS_DAY, "By the end of the next business day");

    final BusinessDayDeadline dueBy;
    final String words;

    TargetForm(BusinessDayDeadline dueBy, String words) {
        this.dueBy = dueBy;
        this.words = words;
    }

    static TargetForm of(BusinessDayDeadline dueBy) {
        for (TargetForm form : values()) {
            if (form.dueBy == dueBy) {
                return form;
            }
        }
        return WITHIN_A_TIME;
    }
}
