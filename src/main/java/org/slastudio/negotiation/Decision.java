package org.slastudio.negotiation;

/** What we do with one of the other side's changes when building the next round. */
public enum Decision {
    ACCEPT,
    REJECT
}
