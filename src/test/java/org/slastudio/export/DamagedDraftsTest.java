package org.slastudio.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Constructor;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Random;
import java.util.stream.LongStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.slastudio.model.Agreement;
import org.slastudio.model.Party;
import org.slastudio.store.Draft;

/**
 * Property: a draft with any values missing (as a hand-edited or half-finished file has them) still exports, every
 * page numbered, every party it names on the title page. With --force the command line exports such drafts.
 */
class DamagedDraftsTest {

    static LongStream seeds() {
        return LongStream.range(0, 40);
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void aDraftWithValuesMissingStillExportsWithEveryPageNumbered(long seed) {
        Agreement damaged = (Agreement) damage(LongAgreements.of(12, 8), new Random(seed));

        ExportedPdf pdf = ExportedPdf.read(ExportedPdf.export(Draft.of(damaged), ExportOptions.draft()));

        int total = pdf.pages().size();
        for (int page = 1; page <= total; page++) {
            assertThat(pdf.pages().get(page - 1)).contains("Page " + page + " of " + total);
        }
        List<String> names = damaged.parties().stream().filter(Objects::nonNull).map(Party::legalName)
                .filter(n -> n != null && !n.isBlank()).toList();
        for (String name : names) {
            assertThat(pdf.flatText()).contains(name);
        }
    }

    /** A copy with about one value in twelve left out, at any depth of the records. */
    static Object damage(Object value, Random random) {
        if (value instanceof Record record) {
            RecordComponent[] components = record.getClass().getRecordComponents();
            Object[] values = new Object[components.length];
            Class<?>[] types = new Class<?>[components.length];
            try {
                for (int i = 0; i < components.length; i++) {
                    types[i] = components[i].getType();
                    Object v = components[i].getAccessor().invoke(record);
                    boolean drop = !types[i].isPrimitive() && random.nextInt(12) == 0;
                    values[i] = drop ? null : damage(v, random);
                }
                Constructor<?> constructor = record.getClass().getDeclaredConstructor(types);
                return constructor.newInstance(values);
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException(e);
            }
        }
        if (value instanceof List<?> list) {
            List<Object> copy = new ArrayList<>();
            for (Object element : list) {
                copy.add(random.nextInt(20) == 0 ? null : damage(element, random));
            }
            return copy;
        }
        return value;
    }
}
