package org.slastudio.store;

/**
 * Something wrong in a draft file, found while loading it.
 *
 * @param path    where, as a JSON path in the file's own field names, e.g. {@code $.services[0].monthlyFee.amount};
 *                {@code $} for the file as a whole
 * @param message what is wrong and how to fix it
 * @param fatal   no agreement could be read at all; otherwise the agreement was loaded with this part left out
 */
public record LoadProblem(String path, String message, boolean fatal) {

    static LoadProblem fatal(String path, String message) {
        return new LoadProblem(path, message, true);
    }

    static LoadProblem problem(String path, String message) {
        return new LoadProblem(path, message, false);
    }

    @Override
    public String toString() {
        return path + ": " + message;
    }
}
