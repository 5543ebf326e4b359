package dev.aegisplanner.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.aegisplanner.model.capacity.CapacityAnalysis;
import dev.aegisplanner.model.io.ReadResult;
import dev.aegisplanner.model.io.TopologyReader;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SuggestCommandTest {

    private static final String OCEAN = CliRun.sample("across-the-ocean.json");

    @TempDir
    Path dir;

    @Test
    void summarisesTheFiguresBeforeAndAfterAndWhatMoves() {
        CliRun run = CliRun.of("suggest", OCEAN, "--pool", "shop-pool");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("Placement of pool shop-pool (3 addresses) in Across the ocean")
                .contains("Proven optimal in")
                .containsPattern("Forwarded to another location +88\\.6 % +0\\.0 %")
                .containsPattern("Mean latency \\(forward \\+ origin\\) +132\\.7 ms")
                .containsPattern("192\\.0\\.2\\.10 +NYC -> ")
                .contains("Nothing written: give -o FILE");
        assertThat(run.err()).isEmpty();
    }

    @Test
    void writesTheCompleteTopologyWithThePlacementApplied() throws Exception {
        Path out = dir.resolve("fixed.json");

        CliRun run = CliRun.of("suggest", OCEAN, "--pool", "shop-pool", "-o", out.toString());

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("Written to " + out);
        ReadResult written = TopologyReader.read(out);
        assertThat(written.outcome()).isEqualTo(ReadResult.Outcome.VALID);
        assertThat(CapacityAnalysis.of(written.topology()).report().forwardedShare()).isZero();
        assertThat(written.topology().scenarios()).hasSize(2);
    }

    @Test
    void printsTheSpecifiedJson() throws Exception {
        CliRun run = CliRun.of("suggest", OCEAN, "--pool", "shop-pool", "--json");

        JsonNode json = new ObjectMapper().readTree(run.out());
        assertThat(run.exitCode()).isZero();
        assertThat(json.get("objective").asDouble()).isLessThan(json.get("objectiveBefore").asDouble());
        assertThat(json.get("optimal").asBoolean()).isTrue();
        assertThat(json.get("gap").asDouble()).isZero();
        assertThat(json.get("addresses")).hasSize(3);
        JsonNode first = json.get("addresses").get(0);
        assertThat(first.get("address").asText()).isEqualTo("192.0.2.10");
        assertThat(first.get("locations").size()).isBetween(1, 4);
        assertThat(first.get("dataCenters").fieldNames()).toIterable().isNotEmpty();
        assertThat(json.get("before").get("forwardedShare").asDouble()).isGreaterThan(0.8);
    }

    @Test
    void findsTheFewestAddresses() {
        CliRun run = CliRun.of("suggest", OCEAN, "--pool", "shop-pool", "--addresses", "min");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("(2 addresses)").containsPattern("192\\.0\\.2\\.12 +IAD, ORD -> leaves the pool");
    }

    @Test
    void pinsAndExclusionsAreHonoured() throws Exception {
        Path out = dir.resolve("pinned.json");

        CliRun run = CliRun.of("suggest", OCEAN, "--pool", "shop-pool", "--pin", "192.0.2.12@ORD",
                "--exclude", "FRA", "-o", out.toString());

        assertThat(run.exitCode()).isZero();
        String text = Files.readString(out);
        assertThat(TopologyReader.read(out).topology().servers()
                .filter(s -> s.id().startsWith("ord1")).anyMatch(s -> s.egressIps().contains("192.0.2.12"))).isTrue();
        assertThat(TopologyReader.read(out).topology().servers()
                .filter(s -> s.id().startsWith("fra")).allMatch(s -> s.egressIps().isEmpty())).isTrue();
        assertThat(text).contains("192.0.2.12");
    }

    @Test
    void saysPlainlyWhenNoPlacementCanHoldTheDemand() {
        CliRun run = CliRun.of("suggest", OCEAN, "--pool", "shop-pool", "--addresses", "1");

        assertThat(run.exitCode()).isEqualTo(ExitCode.INVALID);
        assertThat(run.out()).isEmpty();
        assertThat(run.err().strip()).isEqualTo("aegis: " + OCEAN + ": no placement: demand to origin shop-origin "
                + "(203.0.113.10:443, 79,000 connections) exceeds 1 x 40,000");
    }

    @Test
    void usageErrorsEndWithExitTwoAndOneLine() {
        CliRun unknownPool = CliRun.of("suggest", OCEAN, "--pool", "nope");
        CliRun badCount = CliRun.of("suggest", OCEAN, "--pool", "shop-pool", "--addresses", "many");
        CliRun badPin = CliRun.of("suggest", OCEAN, "--pool", "shop-pool", "--pin", "192.0.2.10");
        CliRun noFolder = CliRun.of("suggest", OCEAN, "--pool", "shop-pool", "-o", dir.resolve("no/such/x.json").toString());

        assertThat(unknownPool.exitCode()).isEqualTo(ExitCode.USAGE_OR_IO);
        assertThat(unknownPool.err().strip()).isEqualTo("aegis: pool nope does not exist");
        assertThat(badCount.exitCode()).isEqualTo(ExitCode.USAGE_OR_IO);
        assertThat(badCount.err()).contains("--addresses: give a number of at least 1, or min, not 'many'");
        assertThat(badPin.exitCode()).isEqualTo(ExitCode.USAGE_OR_IO);
        assertThat(badPin.err()).contains("a pin is ADDRESS@LOCATION");
        assertThat(noFolder.exitCode()).isEqualTo(ExitCode.USAGE_OR_IO);
        assertThat(noFolder.err()).contains("cannot write");
        assertThat(noFolder.err().lines()).hasSize(1);
    }

    @Test
    void aTopologyBrokenElsewhereIsRefusedButABrokenPlacementOfThePoolIsWhatItFixes() throws Exception {
        String text = Files.readString(Path.of(OCEAN));
        Path brokenPlacement = dir.resolve("five-locations.json");
        Files.writeString(brokenPlacement, text.replace("\"id\": \"lhr1-s1\"",
                "\"id\": \"lhr1-s1\", \"egressIps\": [\"192.0.2.10\"]").replace("\"id\": \"cdg1-s1\"",
                "\"id\": \"cdg1-s1\", \"egressIps\": [\"192.0.2.10\"]").replace("\"id\": \"ams1-s1\"",
                "\"id\": \"ams1-s1\", \"egressIps\": [\"192.0.2.10\"]").replace("\"id\": \"waw1-s1\"",
                "\"id\": \"waw1-s1\", \"egressIps\": [\"192.0.2.10\"]"));
        Path brokenElsewhere = dir.resolve("bad-link.json");
        Files.writeString(brokenElsewhere, text.replace("\"to\": \"AMS\"", "\"to\": \"XXX\""));

        CliRun fixes = CliRun.of("suggest", brokenPlacement.toString(), "--pool", "shop-pool");
        CliRun refuses = CliRun.of("suggest", brokenElsewhere.toString(), "--pool", "shop-pool");

        assertThat(CliRun.of("validate", brokenPlacement.toString()).exitCode()).isEqualTo(ExitCode.INVALID);
        assertThat(fixes.exitCode()).isZero();
        assertThat(refuses.exitCode()).isEqualTo(ExitCode.INVALID);
        assertThat(refuses.err()).contains("XXX").contains("invalid topology: 1 error");
    }

    @Test
    void helpListsEveryOption() {
        CliRun run = CliRun.of("suggest", "--help");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("--pool", "--addresses", "--n-1", "--time-limit", "--pin", "--keep",
                "--exclude", "--output", "--json");
    }
}
