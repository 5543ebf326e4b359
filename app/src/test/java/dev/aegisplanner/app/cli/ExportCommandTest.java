package dev.aegisplanner.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.aegisplanner.app.cli.export.ConfigExport;
import dev.aegisplanner.app.cli.export.ExportFormat;
import dev.aegisplanner.app.cli.export.ExportFormats;
import dev.aegisplanner.model.engine.RequestException;
import dev.aegisplanner.model.topology.Scenario;
import dev.aegisplanner.model.topology.Topology;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class ExportCommandTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path folder;

    @Test
    void theConfigListsEveryAddressWithPoolLocationsDataCentersSharesAndServers() throws IOException {
        CliRun run = CliRun.of("export", CliRun.sample("global-retailer.json"), "--format", "config");

        assertThat(run.exitCode()).isZero();
        assertThat(run.err()).isEmpty();
        JsonNode config = JSON.readTree(run.out());
        assertThat(config.get("format").asText()).isEqualTo("aegis-allocation-config");
        assertThat(config.get("version").asInt()).isEqualTo(1);
        assertThat(config.get("topology").asText()).isEqualTo("Global retailer");
        JsonNode shop = address(config, "192.0.2.10");
        assertThat(shop.get("pool").asText()).isEqualTo("shop-pool");
        assertThat(texts(shop.get("locations"))).containsExactly("AMS", "CDG", "FRA", "LHR");
        assertThat(texts(shop.get("dataCenters"))).containsExactly("AMS-1", "CDG-1", "FRA-1", "LHR-2");
        assertThat(shop.get("shares").get("FRA-1").asDouble()).isEqualTo(0.4);
        assertThat(shop.get("shares").get("AMS-1").asDouble()).isEqualTo(0.2);
        assertThat(texts(shop.get("servers"))).containsExactly("ams1-s1", "cdg1-s1", "fra1-s1", "fra1-s2", "lhr2-s1");
    }

    @Test
    void sharesLeftUnsetAreMadeExplicitAsAnEvenSplit() throws IOException {
        CliRun run = CliRun.of("export", CliRun.sample("regional-services.json"), "--format", "config");

        JsonNode shares = address(JSON.readTree(run.out()), "198.51.100.20").get("shares");
        assertThat(shares.get("LHR-1").asDouble()).isEqualTo(1.0 / 3);
        assertThat(shares.get("CDG-1").asDouble()).isEqualTo(1.0 / 3);
        assertThat(shares.get("FRA-1").asDouble()).isEqualTo(1.0 / 3);
    }

    @Test
    void withOutputTheConfigGoesToTheFileAndNothingToStdout() throws IOException {
        Path out = folder.resolve("config.json");

        CliRun run = CliRun.of("export", CliRun.sample("same-server.json"), "--format", "config", "-o", out.toString());

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).isEmpty();
        assertThat(JSON.readTree(out.toFile()).get("addresses")).hasSize(2);
        assertThat(folder).isDirectoryNotContaining("glob:**.tmp");
    }

    @Test
    void aFormatTheProductDefinesButThisBuildLacksIsRefusedPlainly() {
        Path out = folder.resolve("picture.png");

        CliRun run = CliRun.of(withFormats(new ConfigExport()), "export", CliRun.sample("same-server.json"),
                "--format", "png", "-o", out.toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).isEqualTo("aegis: format png is not available in this build; available: config"
                + System.lineSeparator());
        assertThat(out).doesNotExist();
    }

    @Test
    void anUnknownFormatNamesTheDefinedOnes() {
        CliRun run = CliRun.of("export", CliRun.sample("same-server.json"), "--format", "pdf");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).isEqualTo("aegis: unknown format 'pdf'; choose one of config, mermaid, dot, png, svg"
                + System.lineSeparator());
    }

    @Test
    void theFormatIsRequired() {
        CliRun run = CliRun.of("export", CliRun.sample("same-server.json"));

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).startsWith("aegis: Missing required option: '--format=FORMAT'");
    }

    @Test
    void aScenarioMeansNothingToTheConfig() {
        CliRun run = CliRun.of("export", CliRun.sample("same-server.json"), "--format", "config",
                "--scenario", "fra-egress-here");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("--scenario does not apply to format config");
    }

    @Test
    void anInvalidTopologyIsNotExported() {
        String file = TopologyText.write(folder, "broken.json", TopologyText.ZONE_WITH_MISSING_POOL);

        CliRun run = CliRun.of("export", file, "--format", "config");

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).contains("/zones/0/pool").contains("invalid topology: 1 error");
    }

    @Test
    void anOutputFolderThatDoesNotExistIsAnIoError() {
        Path out = folder.resolve("missing").resolve("config.json");

        CliRun run = CliRun.of("export", CliRun.sample("same-server.json"), "--format", "config", "-o", out.toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).isEqualTo("aegis: " + out + ": cannot write: the folder " + out.getParent() + " does not exist"
                + System.lineSeparator());
    }

    @Test
    void thisBuildHasEveryFormatTheProductDefinesFromTheServiceRegistry() {
        assertThat(ExportFormats.installed().names()).containsExactlyInAnyOrderElementsOf(ExportFormats.DEFINED);
    }

    @Test
    void anExportThatFailsHalfwayLeavesThePreviousFileAsItWas() throws IOException {
        Path out = Files.writeString(folder.resolve("topology.png"), "the previous picture");
        ExportFormat failing = new Picture() {
            @Override
            public void write(Topology topology, Scenario scenario, OutputStream stream) throws IOException {
                stream.write(new byte[] {(byte) 0x89, 'P', 'N'});
                throw new IOException("disk full");
            }
        };

        CliRun run = CliRun.of(withFormats(failing), "export", CliRun.sample("no-aegis.json"), "--format", "png",
                "-o", out.toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).isEqualTo("aegis: " + out + ": cannot write: disk full" + System.lineSeparator());
        assertThat(out).hasContent("the previous picture");
        assertThat(folder).isDirectoryNotContaining("glob:**.tmp");
    }

    @Test
    void aScenarioTheEngineCannotTraceIsAUsageErrorAndWritesNothing() throws IOException {
        Path out = Files.writeString(folder.resolve("path.png"), "the previous picture");
        ExportFormat tracing = new Picture() {
            @Override
            public void write(Topology topology, Scenario scenario, OutputStream stream) throws IOException {
                stream.write('x');
                throw new RequestException("Ingress server sjc1-s1 is down");
            }
        };

        CliRun run = CliRun.of(withFormats(tracing), "export", CliRun.sample("no-aegis.json"), "--format", "png",
                "--scenario", "blog-shared", "-o", out.toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).endsWith("no-aegis.json: scenario blog-shared: Ingress server sjc1-s1 is down"
                + System.lineSeparator());
        assertThat(out).hasContent("the previous picture");
        assertThat(folder).isDirectoryNotContaining("glob:**.tmp");
    }

    @Test
    void anOutputInsideAFileIsAnIoError() throws IOException {
        Path notAFolder = Files.writeString(folder.resolve("notes.txt"), "notes");

        CliRun run = CliRun.of("export", CliRun.sample("same-server.json"), "--format", "png", "-o",
                notAFolder.resolve("topology.png").toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).startsWith("aegis: " + notAFolder.resolve("topology.png") + ": cannot write: ")
                .hasLineCount(1);
        assertThat(notAFolder).hasContent("notes");
    }

    @Test
    void theWidthIsForPicturesOnly() {
        CliRun run = CliRun.of("export", CliRun.sample("same-server.json"), "--format", "config", "--width", "800");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("--width applies to pictures (png, svg), not to format config");
    }

    @Test
    void aWidthOutOfRangeIsRefused() {
        CliRun run = CliRun.of("export", CliRun.sample("same-server.json"), "--format", "svg", "--width", "50");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("--width must be 200 to 8000 pixels, not 50");
    }

    @Test
    void aSizedFormatReceivesTheWidthAskedFor() {
        int[] asked = new int[1];
        ExportFormat sized = new Picture() {
            @Override
            public void write(Topology topology, Scenario scenario, int width, OutputStream out) {
                asked[0] = width;
            }
        };

        CliRun run = CliRun.of(withFormats(sized), "export", CliRun.sample("no-aegis.json"), "--format", "png",
                "--width", "1234", "-o", folder.resolve("x.png").toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(asked[0]).isEqualTo(1234);
    }

    @Test
    void aPluggedInDiagramFormatReceivesTheScenarioItWasAskedFor() {
        PathDiagram diagram = new PathDiagram();

        CliRun run = CliRun.of(withFormats(diagram), "export", CliRun.sample("no-aegis.json"),
                "--format", "mermaid", "--scenario", "blog-shared");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).isEqualTo("flowchart LR %% blog-shared\n");
    }

    @Test
    void aScenarioTheFileLacksIsAUsageErrorForADiagram() {
        CliRun run = CliRun.of(withFormats(new PathDiagram()), "export", CliRun.sample("no-aegis.json"),
                "--format", "mermaid", "--scenario", "nope");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("no scenario 'nope'");
    }

    @Test
    void aBinaryFormatNeedsAnOutputFile() {
        ExportFormat image = new ExportFormat() {
            @Override
            public String name() {
                return "png";
            }

            @Override
            public boolean binary() {
                return true;
            }

            @Override
            public void write(Topology topology, Scenario scenario, OutputStream out) throws IOException {
                out.write(new byte[] {(byte) 0x89, 'P', 'N', 'G'});
            }
        };

        CliRun toTerminal = CliRun.of(withFormats(image), "export", CliRun.sample("no-aegis.json"), "--format", "png");
        Path file = folder.resolve("topology.png");
        CliRun toFile = CliRun.of(withFormats(image), "export", CliRun.sample("no-aegis.json"), "--format", "png",
                "-o", file.toString());

        assertThat(toTerminal.exitCode()).isEqualTo(2);
        assertThat(toTerminal.err()).contains("format png is binary; write it to a file with -o OUT");
        assertThat(toFile.exitCode()).isZero();
        assertThat(file).hasBinaryContent(new byte[] {(byte) 0x89, 'P', 'N', 'G'});
    }

    /** A stand-in for a picture format, for failures the real one cannot be made to have. */
    private static class Picture implements ExportFormat {
        @Override
        public String name() {
            return "png";
        }

        @Override
        public boolean binary() {
            return true;
        }

        @Override
        public boolean drawsScenario() {
            return true;
        }

        @Override
        public boolean sized() {
            return true;
        }

        @Override
        public void write(Topology topology, Scenario scenario, OutputStream out) throws IOException {
            out.write(new byte[] {(byte) 0x89, 'P', 'N', 'G'});
        }
    }

    /** A stand-in for a Mermaid exporter: proves the command hands a diagram format its scenario. */
    private static final class PathDiagram implements ExportFormat {
        @Override
        public String name() {
            return "mermaid";
        }

        @Override
        public boolean drawsScenario() {
            return true;
        }

        @Override
        public void write(Topology topology, Scenario scenario, OutputStream out) throws IOException {
            out.write(("flowchart LR %% " + scenario.id() + "\n").getBytes(StandardCharsets.UTF_8));
        }
    }

    private static CommandLine withFormats(ExportFormat... formats) {
        CommandLine.IFactory defaults = CommandLine.defaultFactory();
        return AegisCli.commandLine(new CommandLine.IFactory() {
            @Override
            @SuppressWarnings("unchecked")
            public <K> K create(Class<K> type) throws Exception {
                return type == ExportCommand.class
                        ? (K) new ExportCommand(new ExportFormats(List.of(formats)))
                        : defaults.create(type);
            }
        });
    }

    private static JsonNode address(JsonNode config, String address) {
        for (JsonNode entry : config.get("addresses")) {
            if (entry.get("address").asText().equals(address)) {
                return entry;
            }
        }
        throw new AssertionError("no address " + address + " in " + config);
    }

    private static List<String> texts(JsonNode array) {
        return JSON.convertValue(array, JSON.getTypeFactory().constructCollectionType(List.class, String.class));
    }
}
