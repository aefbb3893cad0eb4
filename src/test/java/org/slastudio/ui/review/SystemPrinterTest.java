package org.slastudio.ui.review;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The machine's printing, headless as the tests run: only lp can print, and where it cannot, the user reads why. */
@DisabledOnOs(OS.WINDOWS)
class SystemPrinterTest {
    @TempDir
    Path folder;

    private Path pdf() throws IOException {
        return Files.writeString(folder.resolve("hosting.pdf"), "%PDF-1.4");
    }

    private Path lp(String body) throws IOException {
        Path bin = Files.createDirectories(folder.resolve("bin"));
        Path lp = Files.writeString(bin.resolve("lp"), "#!/bin/sh\n" + body + "\n");
        Files.setPosixFilePermissions(lp, PosixFilePermissions.fromString("rwxr-xr-x"));
        return bin;
    }

    @Test
    void lpOnThePathIsGivenThePdfToPrint() throws Exception {
        Path handed = folder.resolve("handed.txt");
        Path bin = lp("echo \"$@\" > " + handed + "; echo 'request id is office-12 (1 file(s))'");

        Printer.Handed result = new SystemPrinter(bin.toString()).print(pdf());

        assertThat(result).isEqualTo(Printer.Handed.PRINTED);
        assertThat(Files.readString(handed).strip()).isEqualTo("-- " + folder.resolve("hosting.pdf"));
    }

    @Test
    void whatLpSaysWhenItCannotPrintIsPassedOnWithWhatToDoInstead() throws Exception {
        Path bin = lp("echo 'lp: Error - no default destination available.' >&2; exit 1");

        assertThatThrownBy(() -> new SystemPrinter(bin.toString()).print(pdf()))
                .isInstanceOf(Printer.Unavailable.class)
                .hasMessage("Printing is not possible on this machine: the print command said \"lp: Error - no default "
                        + "destination available.\". Export the PDF instead (File > Export PDF…) and print it from a PDF "
                        + "viewer, or set up a default printer and try again.");
    }

    @Test
    void aMachineWithoutLpOrADesktopSaysPrintingIsNotPossible() throws Exception {
        assertThatThrownBy(() -> new SystemPrinter(folder.resolve("nothing-here").toString()).print(pdf()))
                .isInstanceOf(Printer.Unavailable.class)
                .hasMessage("Printing is not possible on this machine: it offers no printing to programs and has no "
                        + "program to open PDFs with. Export the PDF instead (File > Export PDF…) and print it from a PDF viewer.");
    }
}
