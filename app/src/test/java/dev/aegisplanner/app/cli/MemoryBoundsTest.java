package dev.aegisplanner.app.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Hostile input never exhausts the memory of a 512 MB heap: a million tiny broken entries cost a count, a
 * device without end is read up to a cap, and when memory does run out the planner gets one line and exit 70,
 * never a stack trace. Each case runs in a process of its own with the heap it names.
 */
class MemoryBoundsTest {

    @TempDir
    Path folder;

    @Test
    void aMillionZerosInAListAreListedUpToTheCapAndCounted() throws Exception {
        Path zeros = folder.resolve("zeros.json");
        Files.writeString(zeros, "{\"format\": \"aegis-topology\", \"version\": 1, \"locations\": ["
                + "0,".repeat(999_999) + "0]}");

        CliProcess run = CliProcess.run("512m", folder, "validate", zeros.toString());

        assertThat(run.exitCode()).isEqualTo(ExitCode.INVALID);
        assertThat(run.err()).isEmpty();
        assertThat(run.out().lines().toList()).hasSize(1_002)
                .startsWith("/locations/0 1:58 error: Every entry of 'locations' in the topology must be an object;"
                        + " this one is a number")
                .endsWith("... and 999,000 more problems, after the first 1,000 problems listed",
                        zeros + ": invalid, 1,000,000 errors");
    }

    @Test
    void aDeviceWithoutEndIsReadUpToTheCapForPipesAndDevices() throws Exception {
        assumeTrue(Files.exists(Path.of("/dev/zero")), "a system with /dev/zero");

        CliProcess run = CliProcess.run("512m", folder, "validate", "/dev/zero");

        assertThat(run.exitCode()).isEqualTo(ExitCode.USAGE_OR_IO);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).isEqualTo("aegis: /dev/zero: /dev/zero is not a regular file and gives more than 64 MB;"
                + " Aegis Planner reads up to 64 MB from a pipe or a device (save it as a file to read more)"
                + System.lineSeparator());
    }

    @Test
    void runningOutOfMemoryIsOneLineAndExit70() throws Exception {
        Path large = folder.resolve("large.json");
        Files.writeString(large, "{\"format\": \"aegis-topology\", \"version\": 1," + " ".repeat(40_000_000) + "}");

        CliProcess run = CliProcess.run("32m", folder, "validate", large.toString());

        assertThat(run.exitCode()).isEqualTo(ExitCode.INTERNAL_ERROR);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).startsWith("aegis: out of memory: this needs more than the ")
                .contains(" MB Java may use; give it more, for example java -Xmx").hasLineCount(1);
    }

    @Test
    void theAdviceForMoreMemoryNamesAHeapLargerThanTheOneThatRanOut() {
        assertThat(AegisCli.outOfMemory(512L * 1024 * 1024)).isEqualTo("aegis: out of memory: this needs more than the"
                + " 512 MB Java may use; give it more, for example java -Xmx2g -jar aegis-planner.jar ...");
    }
}
