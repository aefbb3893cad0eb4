package org.slastudio.model;

/**
 * How long the agreement runs and what happens at the end.
 *
 * @param initialMonths  length of the initial term in months
 * @param renewal        what happens when a term ends
 * @param renewalMonths  length of each renewal term in months, where it renews
 * @param noticeDays     notice a party must give to end the agreement at the end of a term
 */
public record Term(Integer initialMonths, Renewal renewal, Integer renewalMonths, Integer noticeDays) {

    public static Term none() {
        return new Term(null, Renewal.NONE, null, null);
    }
}
