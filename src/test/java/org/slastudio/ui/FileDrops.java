package org.slastudio.ui;

import com.sun.javafx.scene.input.DragboardHelper;
import com.sun.javafx.tk.TKClipboard;
import java.io.File;
import java.security.AccessControlContext;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javafx.event.Event;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.image.Image;
import javafx.scene.input.DataFormat;
import javafx.scene.input.DragEvent;
import javafx.scene.input.Dragboard;
import javafx.scene.input.TransferMode;
import javafx.util.Pair;

/**
 * A file dragged from the desktop onto a node, as the window hears it: a drag over, then the drop, carrying the files
 * the way the system's drag board does. Headless there is no desktop to drag from, so the board is made here.
 */
public final class FileDrops {
    private FileDrops() {
    }

    /** Drags {@code file} over {@code target} and drops it there. Call on the FX thread. */
    public static void drop(Node target, File file) {
        Dragboard board = DragboardHelper.createDragboard(new Board(List.of(file)));
        DragboardHelper.setDataAccessRestriction(board, false);
        Point2D at = target.localToScene(target.getLayoutBounds().getWidth() / 2, target.getLayoutBounds().getHeight() / 2);
        Point2D screen = target.localToScreen(target.getLayoutBounds().getWidth() / 2, target.getLayoutBounds().getHeight() / 2);
        DragEvent over = new DragEvent(DragEvent.DRAG_OVER, board, at.getX(), at.getY(), screen.getX(), screen.getY(),
                TransferMode.COPY, null, null, null);
        Event.fireEvent(target, over);
        DragEvent dropped = new DragEvent(DragEvent.DRAG_DROPPED, board, at.getX(), at.getY(), screen.getX(), screen.getY(),
                TransferMode.COPY, null, null, null);
        Event.fireEvent(target, dropped);
    }

    /** The system's drag board, holding files and offering to copy them. */
    private static final class Board implements TKClipboard {
        private final Map<DataFormat, Object> content = new HashMap<>();

        Board(List<File> files) {
            content.put(DataFormat.FILES, files);
        }

        @Override
        public void setSecurityContext(AccessControlContext context) {
        }

        @Override
        public Set<DataFormat> getContentTypes() {
            return content.keySet();
        }

        @SafeVarargs
        @Override
        public final boolean putContent(Pair<DataFormat, Object>... pairs) {
            for (Pair<DataFormat, Object> pair : pairs) {
                content.put(pair.getKey(), pair.getValue());
            }
            return true;
        }

        @Override
        public Object getContent(DataFormat format) {
            return content.get(format);
        }

        @Override
        public boolean hasContent(DataFormat format) {
            return content.containsKey(format);
        }

        @Override
        public Set<TransferMode> getTransferModes() {
            return Set.of(TransferMode.COPY);
        }

        @Override
        public void setDragView(Image image) {
        }

        @Override
        public void setDragViewOffsetX(double offset) {
        }

        @Override
        public void setDragViewOffsetY(double offset) {
        }

        @Override
        public Image getDragView() {
            return null;
        }

        @Override
        public double getDragViewOffsetX() {
            return 0;
        }

        @Override
        public double getDragViewOffsetY() {
            return 0;
        }
    }
}
