package dev.aegisplanner.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.aegisplanner.app.render.TierColors;
import dev.aegisplanner.model.engine.ForwardingEngine;
import dev.aegisplanner.model.engine.Request;
import dev.aegisplanner.model.engine.TraceResult;
import dev.aegisplanner.model.io.TopologyReader;
import dev.aegisplanner.model.topology.Scenario;
import dev.aegisplanner.model.topology.Topology;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.w3c.dom.Document;

/**
 * {@code export --format png|svg}: every sample, and every scenario of every sample, as a picture. A PNG
 * decodes to the width asked for, with the height the SVG of the same drawing has, and is a drawing rather
 * than a blank page; a scenario's path shows in its tier's colour. An SVG is well-formed XML naming every
 * location, data center and origin (and the path) by id.
 */
class ImageExportCommandTest {

    @TempDir
    Path folder;

    static Stream<Arguments> samples() throws IOException {
        return sampleFiles().map(Arguments::of);
    }

    static Stream<Arguments> scenarios() throws IOException {
        return sampleFiles().flatMap(file -> read(file).scenarios().stream().map(s -> Arguments.of(file, s.id())));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("samples")
    void theWholeTopologyExportsAsAPngAndAnSvgOfTheSameSize(String file) throws Exception {
        BufferedImage png = png(file, null);
        Document svg = svg(file, null);

        assertThat(png.getWidth()).isEqualTo(1600);
        assertThat(svg.getDocumentElement().getAttribute("width")).isEqualTo("1600");
        assertThat(svg.getDocumentElement().getAttribute("height")).isEqualTo(String.valueOf(png.getHeight()));
        assertThat(colours(png)).as("distinct colours").isGreaterThan(50);
        Topology topology = read(file);
        topology.locations().forEach(l -> assertThat(svg.getElementById("location-" + l.id())).isNotNull());
        topology.dataCenters().forEach(d -> assertThat(svg.getElementById("data-center-" + d.id())).isNotNull());
        topology.origins().forEach(o -> assertThat(svg.getElementById("origin-" + o.id())).isNotNull());
        assertThat(svg.getElementById("path")).isNull();
    }

    @ParameterizedTest(name = "{0} scenario {1}")
    @MethodSource("scenarios")
    void everyScenarioExportsWithItsPathInItsTiersColour(String file, String scenario) throws Exception {
        Topology topology = read(file);
        TraceResult trace = new ForwardingEngine(topology).trace(Request.of(topology.scenario(scenario).orElseThrow()));
        int tier = TierColors.of(trace.tier()).argb() & 0xffffff;

        BufferedImage png = png(file, scenario);
        Document svg = svg(file, scenario);

        assertThat(png.getWidth()).isEqualTo(1600);
        assertThat(count(png, tier)).as("pixels of the tier's colour").isGreaterThan(300);
        assertThat(svg.getElementById("path")).isNotNull();
        assertThat(svg.getElementById("packet")).isNotNull();
        assertThat(svg.getElementById("caption").getTextContent()).contains(trace.tier().name());
        assertThat(svg.getElementById("server-" + trace.ingress().server())).isNotNull();
    }

    @Test
    void aPictureCanBeAskedForAtAnotherWidth() throws Exception {
        Path out = folder.resolve("narrow.png");

        CliRun run = CliRun.of("export", CliRun.sample("same-server.json"), "--format", "png", "--width", "640",
                "-o", out.toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(ImageIO.read(out.toFile()).getWidth()).isEqualTo(640);
    }

    @Test
    void anSvgWithoutAnOutputFileGoesToStdout() {
        CliRun run = CliRun.of("export", CliRun.sample("same-server.json"), "--format", "svg");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).startsWith("<?xml").contains("<svg").endsWith("</svg>\n");
    }

    private BufferedImage png(String file, String scenario) throws IOException {
        Path out = folder.resolve(file + (scenario == null ? "" : "-" + scenario) + ".png");
        CliRun run = export(file, scenario, "png", out);
        assertThat(run.exitCode()).as(run.err()).isZero();
        BufferedImage image = ImageIO.read(out.toFile());
        assertThat(image).as("a PNG ImageIO decodes").isNotNull();
        return image;
    }

    private Document svg(String file, String scenario) throws Exception {
        Path out = folder.resolve(file + (scenario == null ? "" : "-" + scenario) + ".svg");
        CliRun run = export(file, scenario, "svg", out);
        assertThat(run.exitCode()).as(run.err()).isZero();
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        Document doc = factory.newDocumentBuilder().parse(out.toFile());
        var all = doc.getElementsByTagName("*");
        for (int i = 0; i < all.getLength(); i++) {
            var element = (org.w3c.dom.Element) all.item(i);
            if (element.hasAttribute("id")) {
                element.setIdAttribute("id", true);
            }
        }
        return doc;
    }

    private static CliRun export(String file, String scenario, String format, Path out) {
        return scenario == null
                ? CliRun.of("export", CliRun.sample(file), "--format", format, "-o", out.toString())
                : CliRun.of("export", CliRun.sample(file), "--format", format, "--scenario", scenario, "-o", out.toString());
    }

    private static int colours(BufferedImage image) {
        Set<Integer> seen = new HashSet<>();
        for (int y = 0; y < image.getHeight(); y += 2) {
            for (int x = 0; x < image.getWidth(); x += 2) {
                seen.add(image.getRGB(x, y));
            }
        }
        return seen.size();
    }

    private static long count(BufferedImage image, int rgb) {
        long n = 0;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                if ((image.getRGB(x, y) & 0xffffff) == rgb) {
                    n++;
                }
            }
        }
        return n;
    }

    private static Topology read(String file) {
        return TopologyReader.read(Path.of(CliRun.sample(file))).topology();
    }

    private static Stream<String> sampleFiles() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("..", "samples"))) {
            return files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".json")).sorted().toList()
                    .stream();
        }
    }
}
