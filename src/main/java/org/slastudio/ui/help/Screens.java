package org.slastudio.ui.help;

import java.net.URL;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The README's table of screenshots, each with its picture. The README and docs/screenshots are copied into the jar
 * by the build (pom.xml): an installed app has neither the repository's files nor, being offline, the web, so the
 * pictures must travel inside it; reading the README's own table keeps one list of them.
 */
public final class Screens {
    static final String README = "README.md";
    private static final String FOLDER = "screens/";
    /** A row of the table: {@code | Start screen | [start-screen.png](docs/screenshots/start-screen.png) |}. */
    private static final Pattern ROW = Pattern.compile("^\\|\\s*([^|]+?)\\s*\\|\\s*\\[[^]]*]\\(docs/screenshots/([^)]+\\.png)\\)\\s*\\|\\s*$");
    private static Screens standard;

    public record Screen(String caption, String file) {
    }

    private final List<Screen> screens;

    Screens(List<Screen> screens) {
        this.screens = List.copyOf(screens);
    }

    public static synchronized Screens standard() {
        if (standard == null) {
            standard = parse(HelpTexts.text(README));
        }
        return standard;
    }

    static Screens parse(String readme) {
        List<Screen> screens = new ArrayList<>();
        for (String line : readme.split("\n")) {
            Matcher row = ROW.matcher(line.strip());
            if (row.matches()) {
                screens.add(new Screen(row.group(1), row.group(2)));
            }
        }
        return new Screens(screens);
    }

    public List<Screen> screens() {
        return screens;
    }

    /** The picture, where the build shipped it. */
    public Optional<URL> image(Screen screen) {
        return Optional.ofNullable(Screens.class.getResource(FOLDER + screen.file()));
    }
}
