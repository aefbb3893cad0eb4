package org.slastudio.export;

import java.util.List;

/**
 * What an options memo export produced.
 *
 * @param pages        how many pages the memo has
 * @param fingerprints each option's short fingerprint, in the order of the options: the one its own agreement PDF carries
 */
public record MemoResult(int pages, List<String> fingerprints) {

    public MemoResult {
        fingerprints = List.copyOf(fingerprints);
    }
}
