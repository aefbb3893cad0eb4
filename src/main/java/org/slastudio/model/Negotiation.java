package org.slastudio.model;

import java.util.List;

/**
 * Where the negotiation stands: our positions on negotiable terms (internal) and the rounds so far, oldest first.
 */
public record Negotiation(List<Position> positions, List<Round> rounds) {

    public Negotiation {
        positions = Lists.copy(positions);
        rounds = Lists.copy(rounds);
    }

    public static Negotiation none() {
        return new Negotiation(List.of(), List.of());
    }

    /** What the counterparty may see: the rounds, never our positions. */
    public Negotiation stripInternal() {
        return new Negotiation(List.of(), rounds);
    }

    public java.util.Optional<Position> position(String term) {
        return positions.stream().filter(p -> p != null && term != null && term.equals(p.term())).findFirst();
    }

    public java.util.Optional<Round> latestRound() {
        return rounds.stream().filter(r -> r != null).reduce((first, second) -> second.number() >= first.number() ? second : first);
    }
}
