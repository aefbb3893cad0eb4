package org.slastudio.store;

import java.util.Objects;
import org.slastudio.model.Agreement;

/**
 * An agreement as kept in a file: the agreement itself, and fields this version of SLA Studio does not know
 * (say, from a newer version), which are kept so that saving writes them back instead of dropping them.
 */
public record Draft(Agreement agreement, UnknownFields unknownFields) {

    public Draft {
        Objects.requireNonNull(agreement, "agreement");
        unknownFields = unknownFields == null ? UnknownFields.none() : unknownFields;
    }

    public static Draft of(Agreement agreement) {
        return new Draft(agreement, UnknownFields.none());
    }

    /** The same file with an edited agreement; the unknown fields stay with it. */
    public Draft withAgreement(Agreement value) {
        return new Draft(value, unknownFields);
    }
}
