package org.slastudio.ui.review;

import java.awt.Desktop;
import java.awt.GraphicsEnvironment;
import java.io.File;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/**
 * The machine's own printing, in the order that needs the fewest questions: the desktop's print action (Windows, some
 * macOS setups), else {@code lp} to the default printer (CUPS on Linux and macOS), else opening the PDF in the
 * viewer, from which the user prints. Called off the UI thread: each may take a moment.
 */
public final class SystemPrinter implements Printer {
    private static final long LP_SECONDS = 30;
    private final String searchPath;

    /** @param searchPath where to look for {@code lp}, in the form of the PATH variable */
    SystemPrinter(String searchPath) {
        this.searchPath = searchPath == null ? "" : searchPath;
    }

    public static SystemPrinter standard() {
        return new SystemPrinter(System.getenv("PATH"));
    }

    @Override
    public Handed print(Path pdf) throws Unavailable {
        if (desktopCan(Desktop.Action.PRINT)) {
            try {
                Desktop.getDesktop().print(pdf.toFile());
                return Handed.PRINTED;
            } catch (IOException | RuntimeException e) {
                // No application registered to print PDFs: lp or the viewer may still do.
            }
        }
        String lpSaid = null;
        Path lp = lp();
        if (lp != null) {
            lpSaid = runLp(lp, pdf);
            if (lpSaid == null) {
                return Handed.PRINTED;
            }
        }
        if (desktopCan(Desktop.Action.OPEN)) {
            try {
                Desktop.getDesktop().open(pdf.toFile());
                return Handed.OPENED;
            } catch (IOException | RuntimeException e) {
                // Said below, with what lp said if it was tried.
            }
        }
        throw new Unavailable("Printing is not possible on this machine: "
                + (lpSaid != null ? "the print command said \"" + lpSaid + "\"."
                : "it offers no printing to programs and has no program to open PDFs with.")
                + " Export the PDF instead (File > Export PDF…) and print it from a PDF viewer"
                + (lpSaid != null ? ", or set up a default printer and try again." : "."));
    }

    private static boolean desktopCan(Desktop.Action action) {
        return !GraphicsEnvironment.isHeadless() && Desktop.isDesktopSupported() && Desktop.getDesktop().isSupported(action);
    }

    private Path lp() {
        for (String folder : searchPath.split(File.pathSeparator)) {
            if (folder.isBlank()) {
                continue;
            }
            Path candidate = Path.of(folder, "lp");
            if (Files.isExecutable(candidate)) {
                return candidate;
            }
        }
        return null;
    }

    /** Null when lp took the job, else its first line of complaint, e.g. "lp: Error - no default destination available." */
    private static String runLp(Path lp, Path pdf) {
        try {
            Process process = new ProcessBuilder(lp.toString(), "--", pdf.toString()).redirectErrorStream(true).start();
            process.getOutputStream().close();
            if (!process.waitFor(LP_SECONDS, TimeUnit.SECONDS)) {
                process.destroy();
                return "no answer within " + LP_SECONDS + " seconds";
            }
            String said = new String(process.getInputStream().readAllBytes(), Charset.defaultCharset()).strip();
            return process.exitValue() == 0 ? null : said.isEmpty() ? "it failed with status " + process.exitValue()
                    : said.lines().findFirst().orElse(said);
        } catch (IOException e) {
            return e.getMessage();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "interrupted";
        }
    }
}
