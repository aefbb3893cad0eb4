package org.slastudio.negotiation;

import java.math.BigDecimal;
import org.slastudio.model.Position;

/**
 * Where a proposed value stands against our position on the term: as good as our opening, within one of our
 * fallbacks, between the last fallback and our walk-away limit, or beyond it.
 *
 * @param fallback the fallback (from 1) the value is within, for {@link Kind#WITHIN_FALLBACK}; otherwise 0
 */
public record Standing(Kind kind, int fallback) {

    public enum Kind {
        WITHIN_OPENING,
        WITHIN_FALLBACK,
        WITHIN_WALK_AWAY,
        BEYOND_WALK_AWAY
    }

    /**
     * Which way is better for us follows from the position: opening above walk-away means higher is better. A value
     * exactly on a limit is within it. Null when the position lacks an opening or a walk-away limit.
     */
    public static Standing of(Position position, BigDecimal value) {
        if (position.opening() == null || position.walkAway() == null || value == null) {
            return null;
        }
        int direction = position.opening().compareTo(position.walkAway());
        if (direction == 0) {
            return new Standing(value.compareTo(position.opening()) == 0 ? Kind.WITHIN_OPENING : Kind.BEYOND_WALK_AWAY, 0);
        }
        if (atLeastAsGood(value, position.opening(), direction)) {
            return new Standing(Kind.WITHIN_OPENING, 0);
        }
        for (int i = 0; i < position.fallbacks().size(); i++) {
            BigDecimal fallback = position.fallbacks().get(i);
            if (fallback != null && atLeastAsGood(value, fallback, direction)) {
                return new Standing(Kind.WITHIN_FALLBACK, i + 1);
            }
        }
        return new Standing(atLeastAsGood(value, position.walkAway(), direction) ? Kind.WITHIN_WALK_AWAY : Kind.BEYOND_WALK_AWAY, 0);
    }

    private static boolean atLeastAsGood(BigDecimal value, BigDecimal limit, int direction) {
        return value.compareTo(limit) * direction >= 0;
    }

    /** "within our opening", "within fallback 2", "within walk-away", "beyond walk-away". */
    public String describe() {
        return switch (kind) {
            case WITHIN_OPENING -> "within our opening";
            case WITHIN_FALLBACK -> "within fallback " + fallback;
            case WITHIN_WALK_AWAY -> "within walk-away";
            case BEYOND_WALK_AWAY -> "beyond walk-away";
        };
    }
}
