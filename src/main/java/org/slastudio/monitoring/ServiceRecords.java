package org.slastudio.monitoring;

import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.slastudio.engine.TermHistory;

/**
 * What a file of records holds for the services it was read for.
 *
 * @param records  by service id, in the order the services were given: those the file has records for
 * @param leftOut  services measured in a way the file has no columns for (a file of outages for a service measured by
 *                 intervals): not an error where other services are read from it
 * @param errors   the rows (and header) that cannot be used, each naming its line: while there are any, no result
 * @param warnings rows read one way of two (a local time the clocks skipped or passed twice), each naming its line
 */
public record ServiceRecords(Map<String, TermHistory.Records> records, List<LeftOut> leftOut, List<String> errors,
                             List<String> warnings) {

    /**
     * @param measuredBy e.g. "by intervals", for a sentence such as "object-storage is measured by intervals and …"
     * @param errors     what the file lacks for it, as the reader says it: "… line 1: no column \"error_rate_percent\"; …"
     */
    public record LeftOut(String serviceId, String measuredBy, List<String> errors) {

        /** For the service report's list of services left out: "Object Storage is measured by intervals, and …". */
        public String reported(String serviceName) {
            return serviceName + " is measured " + measuredBy + ", and the records given have none for it";
        }

        /**
         * Why, as the end of "object-storage is measured by intervals and …": "year.csv does not have its columns
         * ("error_rate_percent")" where our CSV's header lacks them, else the reader's words ("statuspage.json holds no
         * per-interval error rates"), with {@code shown} for the file's path.
         */
        public String why(Path file, String shown) {
            List<String> said = errors.stream().map(e -> e.startsWith(file.toString())
                    ? shown + e.substring(file.toString().length()) : e).toList();
            if (!said.isEmpty() && said.stream().allMatch(e -> e.contains("no column \""))) {
                return shown + " does not have its columns (" + String.join(", ", said.stream()
                        .map(e -> e.replaceAll(".*no column (\"[^\"]+\").*", "$1")).toList()) + ")";
            }
            return String.join("; ", said);
        }
    }

    public ServiceRecords {
        records = Collections.unmodifiableMap(new LinkedHashMap<>(records));
        leftOut = List.copyOf(leftOut);
        errors = List.copyOf(errors);
        warnings = List.copyOf(warnings);
    }
}
