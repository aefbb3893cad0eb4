package org.slastudio.model;

/** The recurring charges a percentage credit is calculated on; one-time fees never count. */
public enum FeeBasis {
    /** The monthly fee of the service that missed its level. */
    AFFECTED_SERVICE,
    /** The monthly fees of all services under the agreement. */
    ALL_SERVICES,
    /** The at-risk amount, shared out by the pool allocation. */
    AT_RISK_AMOUNT
}
