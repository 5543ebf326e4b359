package dev.aegisplanner.model.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Renders every DOT export with Graphviz ({@code dot -Tsvg}); a warning counts as a failure, because Graphviz
 * warns about what it silently ignores. Needs the {@code graphviz} package; skipped, saying so, without it.
 */
class GraphvizRenderTest {

    @BeforeAll
    static void findGraphviz() {
        assumeTrue(ExternalTool.available("dot", "-V"), "Graphviz 'dot' is not installed; DOT render check skipped");
    }

    private static ExternalTool.Run render(Path dir, String name, String dot) throws IOException {
        Path file = dir.resolve(name + ".dot");
        Files.writeString(file, dot);
        return ExternalTool.run(List.of("dot", "-Tsvg", "-o", dir.resolve(name + ".svg").toString(), file.toString()),
                null, null);
    }

    @Test
    void graphvizRendersEveryExportWithoutWarnings(@TempDir Path dir) throws IOException {
        for (Map.Entry<String, String> export : ExportFixtures.allDot().entrySet()) {
            ExternalTool.Run run = render(dir, export.getKey(), export.getValue());

            assertThat(run.output()).as(export.getKey()).isEmpty();
            assertThat(run.exitCode()).as(export.getKey()).isZero();
            assertThat(Files.readString(dir.resolve(export.getKey() + ".svg"))).contains("<svg");
        }
    }

    @Test
    void graphvizRejectsAnUnclosedCluster(@TempDir Path dir) throws IOException {
        ExternalTool.Run run = render(dir, "broken", "digraph aegis {\n  subgraph cluster_x {\n    a;\n}\n");

        assertThat(run.exitCode()).isNotZero();
    }
}
