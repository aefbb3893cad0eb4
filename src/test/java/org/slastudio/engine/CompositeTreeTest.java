package org.slastudio.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.slastudio.model.Dependency;
import org.slastudio.model.ParallelGroup;
import org.slastudio.model.SeriesGroup;
import org.slastudio.model.UpstreamComponent;

/** Dependency trees composed exactly, against figures worked out by hand (and again with Python's decimal module). */
class CompositeTreeTest {

    static UpstreamComponent c(String percent) {
        return new UpstreamComponent(null, new BigDecimal(percent), null);
    }

    static SeriesGroup series(Dependency... parts) {
        return new SeriesGroup(null, Arrays.asList(parts));
    }

    static ParallelGroup parallel(Dependency... parts) {
        return new ParallelGroup(null, Arrays.asList(parts));
    }

    static Stream<Arguments> handWorked() {
        Dependency twoNines = series(c("99.9"), c("99.95"));
        return Stream.of(
                // 0.999 x 0.9995
                arguments("series of 2", series(c("99.9"), c("99.95")), "99.85005"),
                // 0.9999 x 0.9995 = 0.99940005; x 0.999 = 0.99840064995
                arguments("series of 3", series(c("99.99"), c("99.95"), c("99.9")), "99.840064995"),
                // 1 - 0.005 x 0.005
                arguments("parallel of 2", parallel(c("99.5"), c("99.5")), "99.9975"),
                // 1 - 0.01 x 0.02 x 0.05 = 1 - 0.00001
                arguments("parallel of 3", parallel(c("99"), c("98"), c("95")), "99.999"),
                // a load balancer in series with two zones in parallel: 0.9999 x (1 - 0.0005^2) = 0.9999 x 0.99999975
                // = 0.99999975 - 0.000099999975 = 0.999899750025
                arguments("99.99% in series with 99.95% twice in parallel", series(c("99.99"), parallel(c("99.95"), c("99.95"))),
                        "99.9899750025"),
                arguments("a 100% component in series changes nothing", series(c("100"), c("99.9")), "99.9"),
                arguments("a 100% component in parallel carries the group", parallel(c("100"), c("50")), "100"),
                arguments("a 0% component in series brings all down", series(c("0"), c("99.99")), "0"),
                arguments("a 0% component in parallel adds nothing", parallel(c("0"), c("99.9")), "99.9"),
                arguments("a single component is its own figure", c("99.95"), "99.95"),
                arguments("a group of one is its part", series(parallel(c("99.95"))), "99.95"),
                // inner series 99.85005 twice in parallel: 1 - 0.0014995^2 = 0.99999775149975; x 0.9999
                // = 0.99999775149975 - 0.000099999775149975 = 0.999897751724600025
                arguments("nested three deep", series(c("99.99"), parallel(twoNines, twoNines)), "99.9897751724600025"));
    }

    @ParameterizedTest(name = "{0}: {2}%")
    @MethodSource("handWorked")
    void aTreeComposesExactlyToTheHandWorkedFigure(String what, Dependency tree, String expected) {
        BigDecimal composite = CompositeAvailability.of(tree);

        assertThat(composite.stripTrailingZeros().toPlainString()).isEqualTo(new BigDecimal(expected).stripTrailingZeros().toPlainString());
        assertThat(CompositeAvailability.gap(tree)).isEmpty();
    }

    @Test
    void whatStopsATreeBeingComposedIsNamedAtItsPathInFileOrder() {
        Dependency tree = new SeriesGroup("Platform", java.util.List.of(c("99.99"), new ParallelGroup("Zones", java.util.List.of(
                new UpstreamComponent("Zone a", null, null), new ParallelGroup(null, java.util.List.of())))));

        assertThat(CompositeAvailability.gap(tree)).hasValue(new CompositeAvailability.Gap(".series[1].parallel[0].percent",
                "component 'Zone a' has no published availability"));
        assertThatThrownBy(() -> CompositeAvailability.of(tree)).hasMessage("component 'Zone a' has no published availability");
        assertThat(CompositeAvailability.gap(parallel(c("99"), parallel()))).hasValue(new CompositeAvailability.Gap(
                ".parallel[1].parallel", "the parallel group has nothing in it"));
        assertThat(CompositeAvailability.gap(series(c("99"), null))).hasValue(new CompositeAvailability.Gap(".series[1]",
                "an empty entry stands where a dependency should be"));
        assertThat(CompositeAvailability.gap(c("100.5"))).hasValue(new CompositeAvailability.Gap(".percent",
                "component without a name: 100.5% is not an availability between 0 and 100%"));
    }

    @Test
    void aTreeIsDescribedInALineWithItsNames() {
        Dependency tree = new SeriesGroup(null, java.util.List.of(new UpstreamComponent("Load balancer", new BigDecimal("99.99"), "ELB SLA"),
                new ParallelGroup("Workers", java.util.List.of(new UpstreamComponent("Zone a", new BigDecimal("99.95"), null),
                        new UpstreamComponent("Zone b", null, null), c("99.9")))));

        assertThat(CompositeAvailability.describe(tree))
                .isEqualTo("series(Load balancer 99.99%, Workers: parallel(Zone a 99.95%, Zone b ?%, 99.9%))");
    }
}
