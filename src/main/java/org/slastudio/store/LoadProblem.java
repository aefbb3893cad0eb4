package org.slastudio.store;

/**
 * Something wrong in a draft file, found while loading it.
 *
 * @param path    where, as a JSON path in the file's own field names, e.g. {@code $.services[0].monthlyFee.amount};
 *                {@code $} for the file as a whole
 * @param message what is wrong and how to fix it
 * @param impact  what it did to the loaded agreement
 */
public record LoadProblem(String path, String message, Impact impact) {

    public enum Impact {
        /** No agreement could be read at all. */
        UNREADABLE,
        /** A value could not be used and is missing from the agreement (it stays in the file until replaced). */
        VALUE_LEFT_OUT,
        /** Nothing the user wrote was lost, e.g. an unknown field kept for a newer version, or a default assumed. */
        NOTICE
    }

    /** No agreement could be read at all. */
    public boolean fatal() {
        return impact == Impact.UNREADABLE;
    }

    static LoadProblem fatal(String path, String message) {
        return new LoadProblem(path, message, Impact.UNREADABLE);
    }

    static LoadProblem problem(String path, String message) {
        return new LoadProblem(path, message, Impact.VALUE_LEFT_OUT);
    }

    static LoadProblem notice(String path, String message) {
        return new LoadProblem(path, message, Impact.NOTICE);
    }

    @Override
    public String toString() {
        return path + ": " + message;
    }
}
