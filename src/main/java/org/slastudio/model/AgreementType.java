package org.slastudio.model;

/** The kinds of SLA practitioners distinguish. */
public enum AgreementType {
    /** One service, the same terms for every customer. */
    SERVICE_BASED,
    /** All the services one customer receives. */
    CUSTOMER_BASED,
    /** Corporate, customer and service levels in one document. */
    MULTI_LEVEL,
    /** Between departments of one organisation, e.g. marketing and sales. */
    INTERNAL
}
