package org.slastudio.clauses;

/** Which side a clause leans towards, so a drafter knows what they are offering or accepting. */
public enum Favours {
    PROVIDER("provider-friendly"),
    BALANCED("balanced"),
    CUSTOMER("customer-friendly");

    private final String label;

    Favours(String label) {
        this.label = label;
    }

    /** As the library file spells it and a reader says it, e.g. "customer-friendly". */
    public String label() {
        return label;
    }
}
