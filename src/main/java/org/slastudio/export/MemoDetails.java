package org.slastudio.export;

import java.time.LocalDate;
import java.util.Objects;

/**
 * What an options memo says besides the options themselves.
 *
 * @param title          e.g. "Service level options for Contoso Retail"; null for one made from the first option's title
 * @param preparedFor    the reader, e.g. "Contoso Retail Ltd, IT procurement"; may be null
 * @param preparedBy     the consultant; may be null
 * @param date           the date the memo bears
 * @param recommendation the consultant's recommendation, as written; null or blank until there is one
 * @param trials         simulated service-months for each service of each option
 * @param seed           one seed for every option, so differences between options are not noise
 */
public record MemoDetails(String title, String preparedFor, String preparedBy, LocalDate date, String recommendation,
                          int trials, long seed) {

    public MemoDetails {
        Objects.requireNonNull(date, "date");
        if (trials < 1) {
            throw new IllegalArgumentException("The number of trials must be at least 1, e.g. 100000");
        }
    }
}
