package org.slastudio.ui.help;

import javafx.scene.Node;
import javafx.scene.control.Menu;
import javafx.stage.Stage;

import java.util.Optional;
import org.slastudio.ui.MenuItems;

/**
 * The Help menu: {@code menu-help-guide} (F1), {@code menu-help-glossary} (Shift+F1, on the term of the field being
 * edited) and {@code menu-help-screens}. Each opens its own window beside the main one, so a user can read while
 * they draft.
 */
public final class HelpMenu {
    private HelpMenu() {
    }

    public static Menu of(Stage owner) {
        HelpWindows windows = new HelpWindows(owner);
        Menu help = new Menu("_Help");
        help.setId("menu-help");
        help.getItems().addAll(
                MenuItems.item("menu-help-guide", "_Guide", "F1", windows::guide),
                MenuItems.item("menu-help-glossary", "G_lossary", "Shift+F1", () -> windows.glossary(termBeingEdited(owner))),
                MenuItems.item("menu-help-screens", "_Screens of the app", null, windows::screens));
        return help;
    }

    /** The glossary term of the focused field, or of the field that holds it (a date picker's editor). */
    private static Optional<String> termBeingEdited(Stage owner) {
        Node node = owner.getScene() == null ? null : owner.getScene().getFocusOwner();
        for (; node != null; node = node.getParent()) {
            Optional<String> term = FieldHelp.standard().term(node.getId());
            if (term.isPresent()) {
                return term;
            }
        }
        return Optional.empty();
    }
}
