package org.slastudio.ui;

import javafx.scene.control.MenuItem;
import javafx.scene.input.KeyCombination;

/** A menu item with an id, its text, an optional accelerator such as "Shortcut+E", and what it does. */
public final class MenuItems {
    private MenuItems() {
    }

    public static MenuItem item(String id, String text, String accelerator, Runnable action) {
        MenuItem item = new MenuItem(text);
        item.setId(id);
        if (accelerator != null) {
            item.setAccelerator(KeyCombination.keyCombination(accelerator));
        }
        item.setOnAction(e -> action.run());
        return item;
    }
}
