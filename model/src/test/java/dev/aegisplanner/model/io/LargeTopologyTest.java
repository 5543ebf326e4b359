package dev.aegisplanner.model.io;

import static dev.aegisplanner.model.io.ReadAssertions.formatted;
import static org.assertj.core.api.Assertions.assertThat;

import dev.aegisplanner.model.io.ReadResult.Outcome;
import dev.aegisplanner.model.topology.Topology;
import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Scale: a 100,000-server topology saves, reads back equal, and a problem at its very end is found and placed.
 * How fast is measured by benchmarks, not here; this checks that scale changes no answer.
 */
class LargeTopologyTest {

    private static final Topology LARGE = LargeTopologies.servers(100_000);

    @Test
    void aHundredThousandServersSaveAndReadBackEqualAndValid(@TempDir Path folder) throws IOException {
        Path file = folder.resolve("large.json");
        TopologyWriter.write(LARGE, file);

        ReadResult result = TopologyReader.read(file);

        assertThat(result.outcome()).isEqualTo(Outcome.VALID);
        assertThat(result.problems()).isEmpty();
        assertThat(result.topology()).isEqualTo(LARGE);
    }

    @Test
    void aProblemWithTheLastOfAHundredThousandServersIsPlacedOnItsLine() {
        String json = TopologyWriter.toJson(LARGE);
        int last = json.indexOf("\"10.0.24.7\"", json.indexOf("\"srv-99999\""));
        String broken = json.substring(0, last) + "\"10.9.9.9\"" + json.substring(last + "\"10.0.24.7\"".length());
        int line = (int) json.substring(0, last).chars().filter(c -> c == '\n').count() + 1;

        ReadResult result = TopologyReader.read(broken);

        assertThat(formatted(result)).containsExactly("/locations/99/dataCenters/3/servers/249/egressIps/0 " + line
                + ":" + (last - json.lastIndexOf('\n', last)) + " error: Server srv-99999 egresses from 10.9.9.9,"
                + " which is in no pool; every egress IP must belong to exactly one pool");
    }
}
