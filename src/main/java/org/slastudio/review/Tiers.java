package org.slastudio.review;

import java.util.ArrayList;
import java.util.List;
import org.slastudio.model.Agreement;
import org.slastudio.model.CreditTier;
import org.slastudio.model.Service;
import org.slastudio.model.ServiceLevel;

/** The credit tiers and credit-bearing levels of a draft, read without tripping over nulls. */
final class Tiers {
    private Tiers() {
    }

    record Numbered(int index, CreditTier tier, Band band) {
        String name() {
            return "tier " + (index + 1);
        }

        String label() {
            return name() + " (" + band.describe() + ")";
        }

        String path() {
            return Paths.tier(index);
        }
    }

    static List<CreditTier> all(Agreement a) {
        return a.creditRegime() == null ? List.of() : a.creditRegime().tiers();
    }

    /** Tiers that some availability can fall in; empty ones are reported by {@link InvertedTierBounds}. */
    static List<Numbered> usable(Agreement a) {
        List<Numbered> usable = new ArrayList<>();
        List<CreditTier> tiers = all(a);
        for (int k = 0; k < tiers.size(); k++) {
            CreditTier t = tiers.get(k);
            if (t != null && !Band.of(t).isEmpty()) {
                usable.add(new Numbered(k, t, Band.of(t)));
            }
        }
        return usable;
    }

    static boolean isCreditBearing(Service s) {
        for (ServiceLevel l : s.levels()) {
            if (l != null && l.creditBearing()) {
                return true;
            }
        }
        return false;
    }

    static boolean anyCreditBearing(Agreement a) {
        for (Service s : a.services()) {
            if (s != null && isCreditBearing(s)) {
                return true;
            }
        }
        return false;
    }

    static boolean anyPercentageCredit(Agreement a) {
        for (CreditTier t : all(a)) {
            if (t != null && t.creditPercent() != null) {
                return true;
            }
        }
        return false;
    }
}
