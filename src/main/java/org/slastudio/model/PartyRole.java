package org.slastudio.model;

public enum PartyRole {
    PROVIDER,
    CUSTOMER,
    SUBCONTRACTOR,
    /** A department of the same organisation, in an internal SLA. */
    INTERNAL_DEPARTMENT
}
