package org.slastudio.negotiation;

import java.util.List;
import java.util.Locale;

/**
 * One difference between two drafts, in the words of the agreement.
 *
 * @param term        where it is, by ids: the same key a {@link org.slastudio.model.Position} uses
 * @param description e.g. "Credit tier 2: 25% -> 30%"
 * @param favours     which side the change is better for
 * @param standing    where the new value stands against our position on the term; null where we hold none
 * @param words       for a changed text, its words kept, deleted and inserted; otherwise empty
 */
public record Change(Kind kind, TermKey term, String description, Favours favours, Standing standing,
                     List<WordDiff.Edit> words) {

    public enum Kind {
        ADDED,
        REMOVED,
        CHANGED,
        /** The same element (by id) at another place in its list. */
        MOVED;

        public String label() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    public Change {
        words = words == null ? List.of() : List.copyOf(words);
    }
}
