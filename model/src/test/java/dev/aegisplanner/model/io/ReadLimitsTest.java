package dev.aegisplanner.model.io;

import static dev.aegisplanner.model.io.ReadAssertions.formatted;
import static dev.aegisplanner.model.io.ReadAssertions.only;
import static org.assertj.core.api.Assertions.assertThat;

import dev.aegisplanner.model.io.ReadResult.Outcome;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The caps on what the reader accepts, each hit with a message that says which cap and where. */
class ReadLimitsTest {

    private static final String HEAD = "{\"format\": \"aegis-topology\", \"version\": 1,\n";

    @Test
    void aFileOverTheSizeCapIsRefusedBeforeAnyOfItIsRead(@TempDir Path folder) throws IOException {
        Path file = folder.resolve("huge.json");
        try (RandomAccessFile sparse = new RandomAccessFile(file.toFile(), "rw")) {
            sparse.setLength((long) (3.1 * 1024 * 1024 * 1024));
        }

        ReadResult r = TopologyReader.read(file);

        assertThat(r.outcome()).isEqualTo(Outcome.UNREADABLE);
        assertThat(formatted(r)).containsExactly("/ error: The file " + file
                + " is 3.1 GB; Aegis Planner reads topologies up to 512 MB");
    }

    @Test
    void aTextOverTheSizeCapIsRefused() {
        ReadLimits oneKilobyte = new ReadLimits(1024, 64, 1000, 100, 100);

        ReadResult r = TopologyReader.read(HEAD + "\"name\": \"" + "x".repeat(2000) + "\"}", oneKilobyte);

        assertThat(only(r, "file-too-large").message())
                .isEqualTo("The topology is 2 KB; Aegis Planner reads topologies up to 1 KB");
    }

    @Test
    void nestingDeeperThanTheCapIsRefusedWhereItHappens() {
        String deep = "[".repeat(70) + "]".repeat(70);

        ReadResult r = TopologyReader.read(HEAD + "\"name\": " + deep + "}");

        assertThat(r.outcome()).isEqualTo(Outcome.UNREADABLE);
        // The root object is level 1 and "name" level 2, so its 63rd nested list is the 65th level.
        assertThat(formatted(r)).containsExactly("/name" + "/0".repeat(63) + " 2:73 error: Lists and objects are"
                + " nested more than 64 deep here; Aegis Planner reads topologies nested at most 64 deep");
    }

    @Test
    void nestingUnderTheCapIsOnlyAWrongType() {
        String deep = "[".repeat(60) + "]".repeat(60);

        ReadResult r = TopologyReader.read(HEAD + "\"name\": " + deep + "}");

        assertThat(r.outcome()).isEqualTo(Outcome.INVALID);
        assertThat(only(r, "wrong-type").message()).isEqualTo("Field 'name' in the topology must be text, not a list");
    }

    @Test
    void aTextValueLongerThanTheCapIsRefused() {
        ReadResult r = TopologyReader.read(HEAD + "\"description\": \"" + "x".repeat(1_000_001) + "\"}");

        assertThat(formatted(r)).singleElement().asString().startsWith("/description 2:")
                .endsWith(" error: A text value here is longer than 1,000,000 characters; Aegis Planner reads text"
                        + " values up to 1,000,000 characters");
    }

    @Test
    void aFieldNameLongerThanTheCapIsRefused() {
        ReadResult r = TopologyReader.read(HEAD + "\"" + "k".repeat(1001) + "\": 1}");

        assertThat(only(r, "name-too-long").message()).isEqualTo("A field name or key here is longer than 1,000"
                + " characters; Aegis Planner reads names up to 1,000 characters");
    }

    @Test
    void aNumberLongerThanTheCapIsRefused() {
        ReadResult r = TopologyReader.read(HEAD + "\"locations\": [{\"id\": \"FRA\", \"lat\": 1" + "0".repeat(200)
                + ", \"lon\": 8}]}");

        assertThat(formatted(r)).singleElement().asString().startsWith("/locations/0/lat 2:")
                .endsWith(" error: A number here is longer than 100 characters; Aegis Planner reads numbers up to"
                        + " 100 characters");
    }

    @Test
    void aMillionBrokenEntriesAreCountedBeyondTheFirstThousandProblems() {
        String zeros = "0,".repeat(999_999) + "0";

        ReadResult r = TopologyReader.read(HEAD + "\"locations\": [" + zeros + "]}");

        assertThat(r.outcome()).isEqualTo(Outcome.INVALID);
        assertThat(r.problems()).hasSize(1_000);
        assertThat(r.problems().get(0).format()).isEqualTo("/locations/0 2:15 error: Every entry of 'locations' in"
                + " the topology must be an object; this one is a number");
        assertThat(r.errorCount()).isEqualTo(1_000_000);
        assertThat(r.unlisted()).isEqualTo(999_000);
    }

    @Test
    void moreEntriesThanTheCapMakeTheFileUnreadableWhereTheCapIsPassed() {
        ReadLimits tenEntries = ReadLimits.DEFAULT.withMaxEntries(10);

        ReadResult r = TopologyReader.read(HEAD + "\"pools\": [{\"id\": \"p\", \"source\": \"leased\", \"addresses\": ["
                + "\"10.0.0.1\", ".repeat(10) + "\"10.0.0.2\"]}]}", tenEntries);

        // The pool is the first entry, so its tenth address is the eleventh.
        assertThat(formatted(r)).containsExactly("/pools/0/addresses/9 2:165 error: The topology has more than 10"
                + " entries in its lists and maps (servers, addresses, layout boxes, ...); Aegis Planner reads topologies"
                + " of up to 10");
    }

    @Test
    void aDeviceWithoutEndIsReadOnlyUpToTheCapForPipesAndDevices() {
        Path zero = Path.of("/dev/zero");
        org.junit.jupiter.api.Assumptions.assumeTrue(java.nio.file.Files.exists(zero), "a system with /dev/zero");

        ReadResult r = TopologyReader.read(zero, ReadLimits.DEFAULT.withMaxStreamBytes(1024 * 1024));

        assertThat(formatted(r)).containsExactly("/ error: /dev/zero is not a regular file and gives more than 1 MB;"
                + " Aegis Planner reads up to 1 MB from a pipe or a device (save it as a file to read more)");
    }

    @Test
    void theDefaultsLeaveRoomForTheLargestRealisticTopologies() {
        assertThat(ReadLimits.DEFAULT.maxBytes()).isEqualTo(512L * 1024 * 1024);
        assertThat(ReadLimits.DEFAULT.maxNestingDepth()).isGreaterThanOrEqualTo(8);
        assertThat(ReadLimits.DEFAULT.maxEntries()).as("a planet of 100,000 servers, laid out, has about 300,000")
                .isEqualTo(1_000_000);
    }
}
