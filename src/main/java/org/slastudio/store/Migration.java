package org.slastudio.store;

import java.util.function.Consumer;
import tools.jackson.databind.node.ObjectNode;

/**
 * Rewrites the tree of a draft file from schema version {@code from} to {@code from + 1}, e.g. renaming a field.
 * Migrations work on the file's tree, before it is read into the model, so the model only ever knows the newest
 * format.
 *
 * @param change what changed, in a line, for the record
 */
record Migration(int from, String change, Consumer<ObjectNode> upgrade) {
}
