package org.slastudio.store;

import java.nio.file.Path;
import java.util.Locale;
import java.util.function.UnaryOperator;

/**
 * Where SLA Studio keeps its own files for the current user: recovery copies, user templates, preferences.
 * Never inside the installation folder, which may be read-only or shared. The system property
 * {@value #HOME_PROPERTY} puts everything under one folder instead (tests, portable installs).
 * Nothing here creates folders; whoever writes into one creates it.
 */
public final class UserFolders {
    public static final String HOME_PROPERTY = "slastudio.home";

    /** @param data recovery copies and user templates; @param config preferences */
    record Locations(Path data, Path config) {
    }

    private UserFolders() {
    }

    /** Recovery copies of unsaved drafts. */
    public static Path recovery() {
        return current().data().resolve("recovery");
    }

    /** Templates the user saved, listed after the built-in ones. */
    public static Path templates() {
        return current().data().resolve("templates");
    }

    /** The folder for preference files. */
    public static Path preferences() {
        return current().config();
    }

    /**
     * Where file dialogs start for a draft not saved yet: the user's documents folder (XDG_DOCUMENTS_DIR on Linux,
     * else Documents in the home folder), or the home folder where there is none.
     */
    public static Path documents() {
        return documents(System.getProperty("os.name", ""), System::getenv, Path.of(System.getProperty("user.home", ".")));
    }

    static Path documents(String osName, UnaryOperator<String> env, Path home) {
        if (!osName.toLowerCase(Locale.ROOT).startsWith("windows") && !osName.toLowerCase(Locale.ROOT).startsWith("mac")) {
            Path dirs = xdg(env.apply("XDG_CONFIG_HOME"), home.resolve(".config")).resolve("user-dirs.dirs");
            try {
                for (String line : java.nio.file.Files.readAllLines(dirs)) {
                    java.util.regex.Matcher m = java.util.regex.Pattern.compile("\\s*XDG_DOCUMENTS_DIR=\"(.*)\"\\s*").matcher(line);
                    if (m.matches()) {
                        Path named = Path.of(m.group(1).replace("$HOME", home.toString()));
                        if (java.nio.file.Files.isDirectory(named)) {
                            return named;
                        }
                    }
                }
            } catch (java.io.IOException | RuntimeException e) {
                // No such file, or one we cannot read: the usual folder below will do.
            }
        }
        Path documents = home.resolve("Documents");
        return java.nio.file.Files.isDirectory(documents) ? documents : home;
    }

    private static Locations current() {
        return locate(System.getProperty("os.name", ""), System::getenv, System.getProperty("user.home", "."),
                System.getProperty(HOME_PROPERTY));
    }

    static Locations locate(String osName, UnaryOperator<String> env, String userHome, String override) {
        if (override != null && !override.isBlank()) {
            Path home = Path.of(override).toAbsolutePath();
            return new Locations(home, home.resolve("config"));
        }
        Path home = Path.of(userHome);
        String os = osName.toLowerCase(Locale.ROOT);
        if (os.startsWith("windows")) {
            String appData = env.apply("APPDATA");
            Path base = appData == null || appData.isBlank()
                    ? home.resolve("AppData").resolve("Roaming") : Path.of(appData);
            Path folder = base.resolve("SLA Studio");
            return new Locations(folder, folder);
        }
        if (os.startsWith("mac")) {
            Path folder = home.resolve("Library").resolve("Application Support").resolve("SLA Studio");
            return new Locations(folder, folder);
        }
        return new Locations(xdg(env.apply("XDG_DATA_HOME"), home.resolve(".local").resolve("share")).resolve("sla-studio"),
                xdg(env.apply("XDG_CONFIG_HOME"), home.resolve(".config")).resolve("sla-studio"));
    }

    /** The XDG spec says relative paths in these variables are invalid and must be ignored. */
    private static Path xdg(String value, Path fallback) {
        if (value == null || value.isBlank()) {
            return fallback;
        }
        Path path = Path.of(value);
        return path.isAbsolute() ? path : fallback;
    }
}
