package org.slastudio.ui.performance;

import java.nio.charset.CharacterCodingException;
import java.nio.file.AccessDeniedException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.concurrent.CancellationException;
import org.slastudio.model.Agreement;
import org.slastudio.monitoring.ServiceRecords;

/** What the view says about a records file: its problems in the user's words, and the reader's with the file's name. */
final class RecordsWords {
    private RecordsWords() {
    }

    /**
     * "Object Storage is measured by intervals and year.csv does not have its columns ("error_rate_percent"): it is
     * left out." Where the file is not our CSV, the reader's reason: "… and statuspage.json holds no per-interval error
     * rates: it is left out."
     */
    static String leftOut(Agreement agreement, ServiceRecords.LeftOut l, Path records) {
        return serviceName(agreement, l.serviceId()) + " is measured " + l.measuredBy() + " and "
                + l.why(records, name(records)) + ": it is left out.";
    }

    static String problem(Path records, Throwable failure) {
        String name = name(records);
        if (failure instanceof CancellationException) {
            return "Reading " + name + " was cancelled.";
        }
        if (failure instanceof NoSuchFileException) {
            return "There is no file " + records + ": it may have been moved or deleted. Load it again where it is now.";
        }
        if (failure instanceof AccessDeniedException) {
            return name + " cannot be opened: this computer does not let SLA Studio read it.";
        }
        if (failure instanceof CharacterCodingException) {
            return name + " is not a text file in UTF-8: save the records as CSV (UTF-8) and load that.";
        }
        if (failure instanceof IllegalArgumentException) {
            // The engine's own words for a draft it cannot work out (a level without its window, a missing fee).
            return "The credits cannot be worked out: " + failure.getMessage().replaceFirst("\\.$", "")
                    + ". Correct the draft in the wizard.";
        }
        String said = failure.getMessage() == null ? failure.getClass().getSimpleName() : failure.getMessage();
        return name + " could not be read (" + said + "). Nothing of the draft has changed.";
    }

    /** The reader's message with the file's name in place of its whole path. */
    static String inFile(String said, Path records) {
        return said.startsWith(records.toString()) ? name(records) + said.substring(records.toString().length()) : said;
    }

    static String name(Path file) {
        return file.getFileName() == null ? file.toString() : file.getFileName().toString();
    }

    static String serviceName(Agreement agreement, String id) {
        return agreement.service(id).map(s -> s.name() == null || s.name().isBlank() ? id : s.name()).orElse(id);
    }
}
