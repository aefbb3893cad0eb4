package org.slastudio.engine;

import java.util.Arrays;

/**
 * Sorted, disjoint, half-open spans of epoch milliseconds, held flat as start0, end0, start1, end1...
 * Every operation is a linear merge, so a year of outages costs one sort and a few passes.
 */
final class Spans {
    static final Spans EMPTY = new Spans(new long[0]);

    private final long[] bounds;

    private Spans(long[] bounds) {
        this.bounds = bounds;
    }

    static Spans of(long start, long end) {
        return end > start ? new Spans(new long[] {start, end}) : EMPTY;
    }

    /**
     * Merges spans given in any order; overlapping and touching spans become one. Starts and ends are sorted
     * apart (the union does not depend on which start belongs to which end), so only primitive sorts are needed.
     */
    static Spans union(long[] starts, long[] ends, int count) {
        long[] s = new long[count];
        long[] e = new long[count];
        int m = 0;
        for (int i = 0; i < count; i++) {
            if (ends[i] > starts[i]) {
                s[m] = starts[i];
                e[m] = ends[i];
                m++;
            }
        }
        Arrays.sort(s, 0, m);
        Arrays.sort(e, 0, m);
        long[] out = new long[2 * m];
        int n = 0;
        int open = 0;
        int i = 0;
        int j = 0;
        while (j < m) {
            if (i < m && s[i] <= e[j]) {
                if (open++ == 0) {
                    out[n++] = s[i];
                }
                i++;
            } else {
                if (--open == 0) {
                    out[n++] = e[j];
                }
                j++;
            }
        }
        return n == 0 ? EMPTY : new Spans(Arrays.copyOf(out, n));
    }

    int size() {
        return bounds.length / 2;
    }

    long start(int i) {
        return bounds[2 * i];
    }

    long end(int i) {
        return bounds[2 * i + 1];
    }

    boolean isEmpty() {
        return bounds.length == 0;
    }

    long totalMillis() {
        long total = 0;
        for (int i = 0; i < bounds.length; i += 2) {
            total += bounds[i + 1] - bounds[i];
        }
        return total;
    }

    Spans union(Spans other) {
        long[] starts = new long[size() + other.size()];
        long[] ends = new long[starts.length];
        for (int i = 0; i < size(); i++) {
            starts[i] = start(i);
            ends[i] = end(i);
        }
        for (int i = 0; i < other.size(); i++) {
            starts[size() + i] = other.start(i);
            ends[size() + i] = other.end(i);
        }
        return union(starts, ends, starts.length);
    }

    Spans intersect(Spans other) {
        long[] out = new long[bounds.length + other.bounds.length];
        int n = 0;
        int i = 0;
        int j = 0;
        while (i < size() && j < other.size()) {
            long s = Math.max(start(i), other.start(j));
            long e = Math.min(end(i), other.end(j));
            if (e > s) {
                out[n++] = s;
                out[n++] = e;
            }
            if (end(i) < other.end(j)) {
                i++;
            } else {
                j++;
            }
        }
        return n == 0 ? EMPTY : new Spans(Arrays.copyOf(out, n));
    }

    Spans minus(Spans other) {
        long[] out = new long[bounds.length + other.bounds.length];
        int n = 0;
        int j = 0;
        for (int i = 0; i < size(); i++) {
            long s = start(i);
            long e = end(i);
            while (j < other.size() && other.end(j) <= s) {
                j++;
            }
            int k = j;
            while (k < other.size() && other.start(k) < e) {
                if (other.start(k) > s) {
                    out[n++] = s;
                    out[n++] = other.start(k);
                }
                s = Math.max(s, other.end(k));
                k++;
            }
            if (e > s) {
                out[n++] = s;
                out[n++] = e;
            }
        }
        return n == 0 ? EMPTY : new Spans(Arrays.copyOf(out, n));
    }

    /** Millis of this set inside [from, to), by binary search: cheap enough to call once per outage. */
    long millisWithin(long from, long to) {
        int lo = 0;
        int hi = size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (end(mid) <= from) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        long total = 0;
        for (int i = lo; i < size() && start(i) < to; i++) {
            total += Math.min(end(i), to) - Math.max(start(i), from);
        }
        return total;
    }
}
