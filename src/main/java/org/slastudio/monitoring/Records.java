package org.slastudio.monitoring;

import java.util.List;
import org.slastudio.engine.IntervalSample;
import org.slastudio.engine.Outage;
import org.slastudio.engine.RequestCount;

/**
 * The records of one service, as the engine takes them, read from a monitoring file.
 *
 * @param errors   every row or element that could not be read, each naming its line or JSON path; while there are
 *                 any, the records are empty and must not be used
 * @param warnings what was read one way of two, or left out, each saying so: a local time the clocks skipped, an
 *                 outage still open at the end of the file, a name that maps to no service
 */
public record Records(List<Outage> outages, List<IntervalSample> samples, List<RequestCount> requests,
                      List<String> errors, List<String> warnings) {

    public static final Records NONE = new Records(List.of(), List.of(), List.of(), List.of(), List.of());

    public Records {
        outages = List.copyOf(outages);
        samples = List.copyOf(samples);
        requests = List.copyOf(requests);
        errors = List.copyOf(errors);
        warnings = List.copyOf(warnings);
    }
}
