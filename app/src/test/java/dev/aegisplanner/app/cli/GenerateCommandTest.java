package dev.aegisplanner.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.aegisplanner.model.io.ReadResult;
import dev.aegisplanner.model.io.TopologyReader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GenerateCommandTest {

    @TempDir
    Path folder;

    @Test
    void writesAValidTopologyOfTheSizeAskedForAndSaysWhatItWrote() {
        Path out = folder.resolve("synthetic.json");

        CliRun run = CliRun.of("generate", "--locations", "6", "--data-centers", "12", "--servers", "120",
                "--pools", "3", "--seed", "7", "-o", out.toString());

        assertThat(run.exitCode()).isZero();
        assertThat(run.err()).isEmpty();
        assertThat(run.out()).startsWith(out + ": 6 locations, 12 data centers, 120 servers, 3 pools, ")
                .endsWith(" (seed 7)" + System.lineSeparator());
        ReadResult read = TopologyReader.read(out);
        assertThat(read.errors()).isEmpty();
        assertThat(read.topology().servers()).hasSize(120);
    }

    @Test
    void withDemandEveryLocationHasAnEntryForEveryZone() {
        Path out = folder.resolve("demand.json");

        CliRun run = CliRun.of("generate", "--locations", "5", "--data-centers", "8", "--servers", "40",
                "--pools", "2", "--demand", "-o", out.toString());

        ReadResult read = TopologyReader.read(out);
        assertThat(read.errors()).isEmpty();
        int zones = read.topology().zones().size();
        assertThat(read.topology().demand()).hasSize(5 * zones);
        assertThat(run.out()).contains(", " + 5 * zones + " demand entries (seed 1)");
        assertThat(read.topology().demand()).allSatisfy(d -> assertThat(d.connections()).isBetween(100.0, 600.0));
    }

    @Test
    void theSameOptionsWriteTheSameFile() throws IOException {
        Path first = folder.resolve("first.json");
        Path second = folder.resolve("second.json");

        CliRun.of("generate", "--locations", "4", "--data-centers", "8", "--servers", "40", "--seed", "3",
                "-o", first.toString());
        CliRun.of("generate", "--locations", "4", "--data-centers", "8", "--servers", "40", "--seed", "3",
                "-o", second.toString());

        assertThat(Files.readString(first)).isEqualTo(Files.readString(second));
    }

    @Test
    void countsTheGeneratorRefusesAreUsageErrors() {
        CliRun run = CliRun.of("generate", "--locations", "-1", "-o", folder.resolve("x.json").toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).startsWith("aegis: ").contains("-1").hasLineCount(1);
        assertThat(folder.resolve("x.json")).doesNotExist();
    }

    @Test
    void theOutputFileIsRequired() {
        CliRun run = CliRun.of("generate", "--locations", "3");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).startsWith("aegis: Missing required option: '--output=FILE'");
    }

    @Test
    void aFolderThatDoesNotExistIsAnIoError() {
        Path out = folder.resolve("missing").resolve("x.json");

        CliRun run = CliRun.of("generate", "--locations", "2", "--data-centers", "2", "--servers", "4",
                "-o", out.toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).startsWith("aegis: ").contains(out.toString()).hasLineCount(1);
    }
}
