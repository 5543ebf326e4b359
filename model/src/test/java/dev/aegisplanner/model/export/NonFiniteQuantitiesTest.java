package dev.aegisplanner.model.export;

import static dev.aegisplanner.model.export.ExportFixtures.twoMetros;
import static org.assertj.core.api.Assertions.assertThat;

import dev.aegisplanner.model.topology.Link;
import dev.aegisplanner.model.topology.Topology;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * An edit in progress can leave a link without a finite latency (validation reports it): its diagram still
 * draws, and says so on the link instead of failing.
 */
class NonFiniteQuantitiesTest {

    private static final Topology NAN_LATENCY = twoMetros().withLinks(List.of(new Link("FRA", "AMS", Double.NaN)));
    private static final Topology INFINITE_LATENCY =
            twoMetros().withLinks(List.of(new Link("FRA", "AMS", Double.POSITIVE_INFINITY)));

    @Test
    void mermaidLabelsTheLinkInWords() {
        assertThat(MermaidExport.topology(NAN_LATENCY)).contains("no finite latency");
        assertThat(MermaidExport.topology(INFINITE_LATENCY)).contains("no finite latency");
    }

    @Test
    void dotLabelsTheLinkInWords() {
        assertThat(DotExport.topology(NAN_LATENCY)).contains("no finite latency");
    }

    @Test
    void finiteQuantitiesAreWrittenAsBefore() {
        assertThat(Quantities.millis(7.5)).isEqualTo("7.5 ms");
        assertThat(Quantities.kilometres(1234.4)).isEqualTo("1234 km");
        assertThat(Quantities.kilometres(Double.NaN)).isEqualTo("no finite distance");
    }
}
