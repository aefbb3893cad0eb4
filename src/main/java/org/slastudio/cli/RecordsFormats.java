package org.slastudio.cli;

import java.util.Arrays;
import java.util.Iterator;
import java.util.Locale;
import org.slastudio.monitoring.SourceFormat;
import picocli.CommandLine;

/** --records-format as the user writes it (csv, statuspage, uptime, prometheus), and the list help shows. */
final class RecordsFormats implements CommandLine.ITypeConverter<SourceFormat>, Iterable<String> {

    @Override
    public SourceFormat convert(String value) {
        for (SourceFormat format : SourceFormat.values()) {
            if (format.written().equals(value.trim().toLowerCase(Locale.ROOT))) {
                return format;
            }
        }
        throw new CommandLine.TypeConversionException("'" + value + "' is not a format of records; write one of "
                + String.join(", ", this));
    }

    @Override
    public Iterator<String> iterator() {
        return Arrays.stream(SourceFormat.values()).map(SourceFormat::written).iterator();
    }
}
