package dev.aegisplanner.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.aegisplanner.model.io.TopologyReader;
import dev.aegisplanner.model.topology.Scenario;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** {@code export --format mermaid|dot}: every sample, and every scenario of every sample, exports as a diagram. */
class DiagramExportCommandTest {

    static Stream<Arguments> topologies() throws IOException {
        return samples().flatMap(file -> Stream.of(Arguments.of(file, "mermaid"), Arguments.of(file, "dot")));
    }

    static Stream<Arguments> scenarios() throws IOException {
        return samples().flatMap(file -> TopologyReader.read(Path.of(CliRun.sample(file))).topology().scenarios()
                .stream().map(Scenario::id)
                .flatMap(id -> Stream.of(Arguments.of(file, id, "mermaid"), Arguments.of(file, id, "dot"))));
    }

    @ParameterizedTest(name = "{1} of {0}")
    @MethodSource("topologies")
    void theWholeTopologyExports(String file, String format) {
        CliRun run = CliRun.of("export", CliRun.sample(file), "--format", format);

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).startsWith(format.equals("mermaid") ? "flowchart LR" : "digraph");
    }

    @ParameterizedTest(name = "{2} of {0} scenario {1}")
    @MethodSource("scenarios")
    void everyScenarioPathExportsWithTheSeedPagesNodes(String file, String scenario, String format) {
        CliRun run = CliRun.of("export", CliRun.sample(file), "--format", format, "--scenario", scenario);

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("Client").contains("Cache service").contains("Egress router");
        if (format.equals("mermaid")) {
            assertThat(run.out()).startsWith("flowchart LR").contains("A --ingress--> X");
        } else {
            assertThat(run.out()).startsWith("digraph");
        }
    }

    private static Stream<String> samples() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("..", "samples"))) {
            return files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".json")).sorted().toList()
                    .stream();
        }
    }
}
