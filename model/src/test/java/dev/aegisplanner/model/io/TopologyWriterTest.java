package dev.aegisplanner.model.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import dev.aegisplanner.model.topology.DataCenter;
import dev.aegisplanner.model.topology.Family;
import dev.aegisplanner.model.topology.LayoutBox;
import dev.aegisplanner.model.topology.Link;
import dev.aegisplanner.model.topology.Location;
import dev.aegisplanner.model.topology.Origin;
import dev.aegisplanner.model.topology.Pool;
import dev.aegisplanner.model.topology.PoolSource;
import dev.aegisplanner.model.topology.Scenario;
import dev.aegisplanner.model.topology.Server;
import dev.aegisplanner.model.topology.Status;
import dev.aegisplanner.model.topology.Topology;
import dev.aegisplanner.model.topology.Zone;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TopologyWriterTest {

    private static final Topology TWO_METROS = new Topology("Two metros", null,
            List.of(new Location("FRA", "Frankfurt", "EU", 50.11, 8.68, Status.UP, List.of(
                            new DataCenter("FRA-1", "Frankfurt 1", Status.UP, Map.of("192.0.2.10", 0.5), List.of(
                                    Server.of("fra1-s1", "192.0.2.10"),
                                    new Server("fra1-s2", null, Status.DOWN, List.of()))))),
                    Location.of("AMS", "EU", 52.37, 4.9)),
            List.of(new Link("FRA", "AMS", 7.5)),
            List.of(Pool.of("acme", PoolSource.LEASED, "192.0.2.10", "192.0.2.11", "2001:db8:a::/48")),
            List.of(new Zone("shop.example.com", "acme", List.of("EU"))),
            List.of(new Origin("acme-origin", null, "203.0.113.150", "2001:db8:ff::1", 8443, null, null)),
            List.of(new Scenario("fra-miss", "Frankfurt server without an IP", null, "shop.example.com",
                    "acme-origin", "fra1-s2", Family.IPV4, "SAME_DATA_CENTER")),
            Map.of("FRA", new LayoutBox(40, 60, 520, 300)));

    @Test
    void aTopologyIsWrittenInTheFormatsFieldOrderWithSmallThingsOnOneLineAndDefaultsLeftOut() {
        assertThat(TopologyWriter.toJson(TWO_METROS)).isEqualTo("""
                {
                  "format": "aegis-topology",
                  "version": 1,
                  "name": "Two metros",
                  "locations": [
                    {
                      "id": "FRA",
                      "name": "Frankfurt",
                      "region": "EU",
                      "lat": 50.11,
                      "lon": 8.68,
                      "dataCenters": [
                        {
                          "id": "FRA-1",
                          "name": "Frankfurt 1",
                          "ipCapacity": { "192.0.2.10": 0.5 },
                          "servers": [
                            { "id": "fra1-s1", "egressIps": ["192.0.2.10"] },
                            { "id": "fra1-s2", "status": "down" }
                          ]
                        }
                      ]
                    },
                    {
                      "id": "AMS",
                      "region": "EU",
                      "lat": 52.37,
                      "lon": 4.9
                    }
                  ],
                  "links": [
                    { "from": "FRA", "to": "AMS", "latencyMs": 7.5 }
                  ],
                  "pools": [
                    {
                      "id": "acme",
                      "source": "leased",
                      "addresses": ["192.0.2.10", "192.0.2.11", "2001:db8:a::/48"]
                    }
                  ],
                  "zones": [
                    { "id": "shop.example.com", "pool": "acme", "regions": ["EU"] }
                  ],
                  "origins": [
                    { "id": "acme-origin", "ipv4": "203.0.113.150", "ipv6": "2001:db8:ff::1", "port": 8443 }
                  ],
                  "scenarios": [
                    {
                      "id": "fra-miss",
                      "name": "Frankfurt server without an IP",
                      "zone": "shop.example.com",
                      "origin": "acme-origin",
                      "ingressServer": "fra1-s2",
                      "family": "ipv4",
                      "expect": "SAME_DATA_CENTER"
                    }
                  ],
                  "layout": {
                    "FRA": { "x": 40, "y": 60, "w": 520, "h": 300 }
                  }
                }
                """);
    }

    @Test
    void anEmptyTopologyIsJustItsHeader() {
        assertThat(TopologyWriter.toJson(Topology.empty(null))).isEqualTo("""
                {
                  "format": "aegis-topology",
                  "version": 1
                }
                """);
    }

    @Test
    void numbersKeepEveryBitWholeOnesWithoutDecimalsAndMinusZeroWithItsSign() {
        Topology t = Topology.empty("n").withLocations(List.of(
                Location.of("A", null, 0.1 + 0.2, -0.0), Location.of("B", null, -90, 1e-7)));

        String json = TopologyWriter.toJson(t);

        assertThat(json).contains("\"lat\": 0.30000000000000004", "\"lon\": -0.0", "\"lat\": -90,", "\"lon\": 1.0E-7");
        assertThat(TopologyReader.read(json).topology()).isEqualTo(t);
    }

    @Test
    void textIsEscapedSoAnyNameSurvives() {
        Topology t = Topology.empty("quote \" backslash \\ tab \t newline \n control \u0001 K\u00f6ln \u2192");

        assertThat(TopologyReader.read(TopologyWriter.toJson(t)).topology()).isEqualTo(t);
    }

    @Test
    void aNumberNoFileCanHoldIsNeverWrittenAsTextButRefusedNamingTheElementAndField() {
        Topology infiniteLatency = TWO_METROS.withLinks(List.of(new Link("FRA", "AMS", Double.POSITIVE_INFINITY)));
        Topology nanShare = TWO_METROS.withLocations(List.of(TWO_METROS.locations().get(0).withDataCenters(List.of(
                TWO_METROS.locations().get(0).dataCenters().get(0).withIpCapacity(Map.of("192.0.2.10", Double.NaN))))));
        Topology nanLayout = TWO_METROS.withLayout(Map.of("FRA", new LayoutBox(Double.NEGATIVE_INFINITY, 0, 0, 0)));

        assertThatThrownBy(() -> TopologyWriter.toJson(infiniteLatency))
                .isInstanceOf(TopologyWriter.NotFiniteException.class)
                .hasMessage("The link from FRA to AMS has latencyMs infinity, which a file cannot hold; change it to a"
                        + " finite number first");
        assertThatThrownBy(() -> TopologyWriter.toJson(nanShare))
                .hasMessageStartingWith("The 'ipCapacity' of data center FRA-1 has 192.0.2.10 NaN (not a number)");
        assertThatThrownBy(() -> TopologyWriter.toJson(nanLayout))
                .hasMessageStartingWith("The layout of FRA has x minus infinity");
    }

    @Nested
    class Saving {

        @TempDir
        Path folder;

        @Test
        void aSavedFileReadsBackAsTheSameTopologyAndNoTemporaryFileStays() throws IOException {
            Path file = folder.resolve("two-metros.json");

            TopologyWriter.write(TWO_METROS, file);

            assertThat(TopologyReader.read(file).topology()).isEqualTo(TWO_METROS);
            assertThat(filesIn(folder)).containsExactly("two-metros.json");
        }

        @Test
        void savingOverAFileReplacesItAndKeepsItsPermissions() throws IOException {
            Path file = folder.resolve("t.json");
            Files.writeString(file, "old");
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-rw----"));

            TopologyWriter.write(TWO_METROS, file);

            assertThat(Files.readString(file)).isEqualTo(TopologyWriter.toJson(TWO_METROS));
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-rw----");
        }

        @Test
        void aNewFileIsReadableByOthersLikeAnyDocument() throws IOException {
            Path file = folder.resolve("new.json");

            TopologyWriter.write(TWO_METROS, file);

            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-r--r--");
        }

        @Test
        void savingOntoAFolderFailsAndLeavesTheFolderAsItWas() throws IOException {
            Path target = Files.createDirectory(folder.resolve("looks-like-a-file.json"));
            Files.writeString(target.resolve("inside.txt"), "keep me");

            assertThatThrownBy(() -> TopologyWriter.write(TWO_METROS, target))
                    .isInstanceOf(IOException.class)
                    .hasMessage("Could not save " + target + ": it is a folder");
            assertThat(Files.readString(target.resolve("inside.txt"))).isEqualTo("keep me");
        }

        @Test
        void aSaveThatFailsWhileEncodingLeavesTheOldFileByteIdentical() throws IOException {
            Path file = folder.resolve("t.json");
            TopologyWriter.write(TWO_METROS, file);
            byte[] before = Files.readAllBytes(file);
            Topology broken = TWO_METROS.withName("half a character \uD800");

            assertThatThrownBy(() -> TopologyWriter.write(broken, file))
                    .isInstanceOf(IOException.class)
                    .hasMessageStartingWith("Could not save " + file + ": the topology contains text that is not valid Unicode");
            assertThat(Files.readAllBytes(file)).isEqualTo(before);
            assertThat(filesIn(folder)).containsExactly("t.json");
        }

        @Test
        void aSaveIntoAReadOnlyFolderFailsAndLeavesTheOldFileByteIdentical() throws IOException {
            assumeFalse("root".equals(System.getProperty("user.name")), "root may write anywhere");
            Path file = folder.resolve("t.json");
            TopologyWriter.write(TWO_METROS, file);
            byte[] before = Files.readAllBytes(file);
            Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("r-x------"));
            try {
                assertThatThrownBy(() -> TopologyWriter.write(TWO_METROS.withName("changed"), file))
                        .isInstanceOf(IOException.class)
                        .hasMessageStartingWith("Could not save " + file);
                assertThat(Files.readAllBytes(file)).isEqualTo(before);
            } finally {
                Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("rwx------"));
            }
        }

        @Test
        void aSaveOfANumberNoFileCanHoldFailsAndLeavesTheOldFileByteIdentical() throws IOException {
            Path file = folder.resolve("t.json");
            TopologyWriter.write(TWO_METROS, file);
            byte[] before = Files.readAllBytes(file);
            Topology broken = TWO_METROS.withLocations(List.of(Location.of("FRA", "EU", Double.NaN, 8)));

            assertThatThrownBy(() -> TopologyWriter.write(broken, file))
                    .isInstanceOf(IOException.class)
                    .hasMessage("Could not save " + file + ": Location FRA has lat NaN (not a number), which a file"
                            + " cannot hold; change it to a finite number first");
            assertThat(Files.readAllBytes(file)).isEqualTo(before);
        }

        @Test
        void aSaveIntoAFolderThatDoesNotExistFailsWithAClearMessage() {
            Path file = folder.resolve("missing").resolve("t.json");

            assertThatThrownBy(() -> TopologyWriter.write(TWO_METROS, file))
                    .isInstanceOf(IOException.class)
                    .hasMessage("Could not save " + file + ": the folder " + file.getParent() + " does not exist");
        }

        private List<String> filesIn(Path dir) throws IOException {
            try (Stream<Path> files = Files.list(dir)) {
                return files.map(p -> p.getFileName().toString()).toList();
            }
        }
    }
}
