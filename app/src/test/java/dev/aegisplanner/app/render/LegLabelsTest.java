package dev.aegisplanner.app.render;

import static org.assertj.core.api.Assertions.assertThat;

import dev.aegisplanner.model.engine.Hop;
import dev.aegisplanner.model.engine.HopKind;
import dev.aegisplanner.model.engine.TraceResult;
import dev.aegisplanner.model.topology.Topology;
import org.junit.jupiter.api.Test;

/** The legs are labelled as the documentation's diagrams label them. */
class LegLabelsTest {

    private final Topology retailer = Samples.read("global-retailer.json");

    @Test
    void ingressLeadsToTheCacheServiceAndEgressNamesTheAddress() {
        TraceResult trace = Samples.trace(retailer, "shop-fra");

        assertThat(LegLabels.of(hop(trace, HopKind.CACHE_SERVICE), trace)).isEqualTo("ingress");
        assertThat(LegLabels.of(hop(trace, HopKind.EGRESS_ROUTER), trace)).isNull();
        assertThat(LegLabels.of(hop(trace, HopKind.ORIGIN), trace)).isEqualTo("egress \u00b7 " + trace.egress().ip());
    }

    @Test
    void aForwardToAnotherLocationCarriesTheLatencyThatChoseIt() {
        TraceResult trace = Samples.trace(retailer, "pay-sin");

        assertThat(LegLabels.of(hop(trace, HopKind.EGRESS_SERVER), trace)).isEqualTo("forward \u00b7 80 ms");
    }

    @Test
    void aForwardByDistanceCarriesTheKilometres() {
        TraceResult trace = Samples.trace(Samples.read("other-location.json"), "lhr-to-ams");
        Hop forward = hop(trace, HopKind.EGRESS_SERVER);

        assertThat(LegLabels.of(forward, trace)).matches("forward \u00b7 [0-9,]+ km");
    }

    @Test
    void aForwardWithinTheMetroIsLeftUnlabelledAsInTheDiagrams() {
        TraceResult trace = Samples.trace(retailer, "shop-lhr");

        assertThat(LegLabels.of(hop(trace, HopKind.EGRESS_SERVER), trace)).isNull();
    }

    @Test
    void sharedEgressSaysSo() {
        TraceResult trace = Samples.trace(retailer, "blog-shared");

        assertThat(LegLabels.of(hop(trace, HopKind.ORIGIN), trace)).isEqualTo("egress \u00b7 shared IP");
    }

    private static Hop hop(TraceResult trace, HopKind kind) {
        return trace.hops().stream().filter(h -> h.kind() == kind).findFirst().orElseThrow();
    }
}
