package org.slastudio.monitoring;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.slastudio.model.Agreement;
import org.slastudio.model.Service;

/**
 * A file of monitoring records (our outage CSV today; a status page's export or a Prometheus query result beside it)
 * read for the services of an agreement: each service's records as its measurement method needs them, the services
 * the file has nothing for, and every bad row named by its line. The engine and the views see only what this returns,
 * never a vendor's format.
 */
@FunctionalInterface
public interface RecordsReader {

    /**
     * @param services the services to read records for, in the agreement's order
     * @param progress told how much of the file has been read; a reader stops with a
     *                 {@link java.util.concurrent.CancellationException} once its thread is interrupted
     * @throws IOException when the file cannot be read at all (missing, not text); bad rows are not exceptions
     */
    ServiceRecords read(Path file, Agreement agreement, List<Service> services, Progress progress) throws IOException;

    /** How far reading has got. */
    @FunctionalInterface
    interface Progress {
        Progress NONE = share -> { };

        /** @param share of the file read so far, from 0 to 1 */
        void read(double share);
    }
}
