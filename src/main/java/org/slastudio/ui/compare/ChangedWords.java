package org.slastudio.ui.compare;

import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;
import org.slastudio.negotiation.WordDiff;

import java.util.List;

/** Changed words as the redline shows them: deleted ones struck through in red, inserted ones underlined in blue. */
public final class ChangedWords {
    private ChangedWords() {
    }

    public static TextFlow of(List<WordDiff.Edit> edits) {
        TextFlow flow = new TextFlow();
        flow.setAccessibleText(WordDiff.render(edits));
        for (int i = 0; i < edits.size(); i++) {
            WordDiff.Edit edit = edits.get(i);
            if (i > 0) {
                // A space of its own, so that a struck or underlined run is marked over its words only.
                flow.getChildren().add(new Text(" "));
            }
            Text t = new Text(edit.op() == WordDiff.Op.KEEP ? shortened(edit.text(), i == 0, i == edits.size() - 1) : edit.text());
            switch (edit.op()) {
                case DELETE -> {
                    t.setStrikethrough(true);
                    t.setStyle("-fx-fill: -color-danger-fg;");
                }
                case INSERT -> {
                    t.setUnderline(true);
                    t.setStyle("-fx-fill: -color-accent-fg;");
                }
                case KEEP -> t.setStyle("-fx-fill: -color-fg-default;");
            }
            flow.getChildren().add(t);
        }
        return flow;
    }

    /** Long unchanged stretches cut to a few words on each side of a change, so the change stands out. */
    private static String shortened(String kept, boolean first, boolean last) {
        String[] words = kept.split(" ");
        int context = 8;
        if (words.length <= 2 * context) {
            return kept;
        }
        String head = String.join(" ", List.of(words).subList(0, context));
        String tail = String.join(" ", List.of(words).subList(words.length - context, words.length));
        return first ? "… " + tail : last ? head + " …" : head + " … " + tail;
    }
}
