package org.slastudio.ui.help;

import java.util.ArrayList;
import java.util.List;

/**
 * The short guide, from {@code guide.md}: chapters begin with {@code ## }, paragraphs are separated by a blank line,
 * and a line beginning {@code - } is an item of a list.
 */
public final class Guide {
    private static final String RESOURCE = "guide.md";
    private static Guide standard;

    /** A chapter: its title and its paragraphs, list items starting with "• ". */
    public record Chapter(String title, List<String> paragraphs) {
    }

    private final List<Chapter> chapters;

    Guide(List<Chapter> chapters) {
        this.chapters = List.copyOf(chapters);
    }

    public static synchronized Guide standard() {
        if (standard == null) {
            standard = parse(HelpTexts.text(RESOURCE));
        }
        return standard;
    }

    public List<Chapter> chapters() {
        return chapters;
    }

    static Guide parse(String markdown) {
        List<Chapter> chapters = new ArrayList<>();
        String title = null;
        List<String> paragraphs = new ArrayList<>();
        StringBuilder paragraph = new StringBuilder();
        for (String raw : (markdown + "\n").split("\n", -1)) {
            String line = raw.strip();
            boolean heading = line.startsWith("## ");
            if (line.isEmpty() || heading || line.startsWith("- ")) {
                if (!paragraph.isEmpty()) {
                    paragraphs.add(paragraph.toString());
                    paragraph.setLength(0);
                }
            }
            if (heading) {
                if (title != null) {
                    chapters.add(new Chapter(title, List.copyOf(paragraphs)));
                }
                title = line.substring(3).strip();
                paragraphs.clear();
            } else if (line.startsWith("- ")) {
                paragraph.append("• ").append(line.substring(2).strip());
            } else if (!line.isEmpty() && title != null) {
                paragraph.append(paragraph.isEmpty() ? "" : " ").append(line);
            }
        }
        if (title != null) {
            chapters.add(new Chapter(title, List.copyOf(paragraphs)));
        }
        return new Guide(chapters);
    }
}
