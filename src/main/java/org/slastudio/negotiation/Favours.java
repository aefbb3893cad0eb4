package org.slastudio.negotiation;

import java.util.Locale;

/** Which side a change is better for. */
public enum Favours {
    PROVIDER,
    CUSTOMER,
    NEUTRAL;

    public Favours opposite() {
        return this == PROVIDER ? CUSTOMER : this == CUSTOMER ? PROVIDER : NEUTRAL;
    }

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
