package org.slastudio.model;

/** Whether a credit of exactly the minimum credit is issued. */
public enum MinimumCreditRule {
    /** Credits of less than the minimum are not issued; one of exactly the minimum is. */
    AT_LEAST,
    /** A credit is issued only where it exceeds the minimum ("greater than USD 1"): exactly the minimum is not. */
    MORE_THAN
}
