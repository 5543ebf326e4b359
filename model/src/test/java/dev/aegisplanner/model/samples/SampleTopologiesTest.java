package dev.aegisplanner.model.samples;

import static org.assertj.core.api.Assertions.assertThat;

import dev.aegisplanner.model.engine.ForwardingEngine;
import dev.aegisplanner.model.engine.Request;
import dev.aegisplanner.model.engine.Tier;
import dev.aegisplanner.model.engine.TraceResult;
import dev.aegisplanner.model.io.TopologyReader;
import dev.aegisplanner.model.io.ReadResult;
import dev.aegisplanner.model.topology.Scenario;
import dev.aegisplanner.model.topology.Topology;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The shipped samples are the product's worked examples: each must load without errors, and each scenario
 * must reach the tier it promises in its {@code expect}, so a sample can never drift from its caption.
 */
class SampleTopologiesTest {

    private static final Path SAMPLES = samplesFolder();

    @TestFactory
    Stream<DynamicTest> everySampleIsValid() {
        return samples().map(file -> DynamicTest.dynamicTest(file.getFileName().toString(), () -> {
            ReadResult result = TopologyReader.read(file);

            assertThat(result.errors()).as("errors in %s", file).isEmpty();
            assertThat(result.outcome()).isEqualTo(ReadResult.Outcome.VALID);
        }));
    }

    @TestFactory
    Stream<DynamicTest> everyScenarioReachesTheTierItExpects() {
        return samples().flatMap(file -> {
            Topology topology = TopologyReader.read(file).topology();
            ForwardingEngine engine = new ForwardingEngine(topology);
            return topology.scenarios().stream().map(scenario -> DynamicTest.dynamicTest(
                    file.getFileName() + " " + scenario.id(), () -> {
                        assertThat(scenario.expect()).as("every sample scenario states its tier").isNotNull();

                        TraceResult result = engine.trace(Request.of(scenario));

                        assertThat(result.tier().name()).as(scenario.description()).isEqualTo(scenario.expect());
                    }));
        });
    }

    @Test
    void theSamplesTogetherShowEveryTier() {
        Set<Tier> shown = EnumSet.noneOf(Tier.class);
        samples().forEach(file -> TopologyReader.read(file).topology().scenarios().stream()
                .map(Scenario::expect)
                .map(Tier::valueOf)
                .forEach(shown::add));

        assertThat(shown).containsExactlyInAnyOrder(Tier.values());
    }

    @Test
    void thereAreEnoughSamplesToTellTheStory() {
        assertThat(samples().count()).isGreaterThanOrEqualTo(7);
    }

    /** Where the captions name a place, the egress is there: the point of these samples is which one. */
    @ParameterizedTest(name = "{0} {1} egresses in {2}")
    @CsvSource({
        "other-location.json,     lhr-to-ams,       AMS",
        "regional-services.json,  lhr-eu-only,      CDG",
        "ipv6.json,               sin-v6-regional,  FRA",
        "ipv6.json,               sin-v4-forwarded, AMS",
        "data-center-failure.json, catalog-survives, NRT",
        "backbone-latency.json,   lim-via-backbone, MIA",
        "backbone-latency.json,   scl-by-distance,  GRU",
        "same-location.json,      fra1-to-fra2,     FRA",
        "global-retailer.json,    pay-sin,          FRA",
        "global-retailer.json,    eu-lhr,           CDG",
    })
    void theStoriesEgressWhereTheirCaptionsSay(String sample, String scenarioId, String location) {
        Topology topology = TopologyReader.read(SAMPLES.resolve(sample)).topology();
        Scenario scenario = topology.scenario(scenarioId).orElseThrow();

        TraceResult result = new ForwardingEngine(topology).trace(Request.of(scenario));

        assertThat(result.egress().location()).isEqualTo(location);
    }

    @Test
    void theDemoIsRich() {
        Topology demo = TopologyReader.read(SAMPLES.resolve("global-retailer.json")).topology();

        assertThat(demo.locations()).hasSizeGreaterThanOrEqualTo(8);
        assertThat(demo.dataCenters().count()).isGreaterThanOrEqualTo(20);
        assertThat(demo.servers().count()).isGreaterThanOrEqualTo(80);
        assertThat(demo.pools()).hasSizeGreaterThanOrEqualTo(3);
        assertThat(demo.zones()).hasSizeGreaterThanOrEqualTo(3);
    }

    private static Stream<Path> samples() {
        try (Stream<Path> files = Files.list(SAMPLES)) {
            List<Path> json = files.filter(f -> f.toString().endsWith(".json")).sorted().toList();
            return json.stream();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** {@code samples/} at the repository root, found from the module folder Maven or an IDE runs in. */
    private static Path samplesFolder() {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            if (Files.isDirectory(dir.resolve("samples")) && Files.isRegularFile(dir.resolve("pom.xml"))) {
                return dir.resolve("samples");
            }
        }
        throw new IllegalStateException("No samples folder above " + Path.of("").toAbsolutePath());
    }
}
