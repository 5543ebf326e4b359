package dev.aegisplanner.model.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs Mermaid's own parser over every export. Needs node and a folder with the npm packages {@code mermaid}
 * and {@code jsdom} (Mermaid's parser wants a DOM): the folder {@code AEGIS_MERMAID_HOME}, by default
 * {@code <java.io.tmpdir>/aegis-mermaid}, filled by
 * {@code npm install --prefix /tmp/aegis-mermaid --no-audit --no-fund mermaid@11.17.2 jsdom@29.1.1}.
 * Skipped, saying so, where they are missing. (mermaid-cli would also render, but it downloads a browser.)
 */
class MermaidParserTest {

    private static Path home;
    private static String script;

    @BeforeAll
    static void findMermaid() throws IOException {
        String configured = System.getenv("AEGIS_MERMAID_HOME");
        home = configured != null ? Path.of(configured) : Path.of(System.getProperty("java.io.tmpdir"), "aegis-mermaid");
        assumeTrue(ExternalTool.available("node", "--version"), "node is not installed; Mermaid parse check skipped");
        assumeTrue(Files.isDirectory(home.resolve("node_modules/mermaid"))
                        && Files.isDirectory(home.resolve("node_modules/jsdom")),
                "mermaid and jsdom are not installed in " + home + " (npm install --prefix " + home
                        + " mermaid@11 jsdom); Mermaid parse check skipped");
        try (InputStream in = MermaidParserTest.class.getResourceAsStream("mermaid-parse.mjs")) {
            script = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static ExternalTool.Run parse(Path dir, Map<String, String> files) throws IOException {
        List<String> command = new ArrayList<>(List.of("node", "--input-type=module", "-"));
        for (Map.Entry<String, String> file : files.entrySet()) {
            Path path = dir.resolve(file.getKey() + ".mmd");
            Files.writeString(path, file.getValue());
            command.add(path.toString());
        }
        // Bare imports in code read from standard input resolve from the working directory.
        return ExternalTool.run(command, home, script);
    }

    @Test
    void mermaidParsesEveryExport(@TempDir Path dir) throws IOException {
        Map<String, String> exports = ExportFixtures.allMermaid();

        ExternalTool.Run run = parse(dir, exports);

        assertThat(run.output()).as(run.output()).doesNotContain("FAIL");
        assertThat(run.output().lines().filter(l -> l.startsWith("OK "))).hasSize(exports.size());
        assertThat(run.exitCode()).isZero();
    }

    @Test
    void theParserRejectsAnUnclosedSubgraph(@TempDir Path dir) throws IOException {
        String broken = "flowchart LR\n    subgraph loc_FRA [\"Location\"]\n    A[Client]\n";

        ExternalTool.Run run = parse(dir, Map.of("broken", broken));

        assertThat(run.output()).contains("FAIL");
        assertThat(run.exitCode()).isEqualTo(1);
    }
}
