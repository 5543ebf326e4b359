package dev.aegisplanner.model.capacity.demand;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.aegisplanner.model.capacity.InputFileException;
import dev.aegisplanner.model.topology.DataCenter;
import dev.aegisplanner.model.topology.Demand;
import dev.aegisplanner.model.topology.Family;
import dev.aegisplanner.model.topology.Location;
import dev.aegisplanner.model.topology.Origin;
import dev.aegisplanner.model.topology.Pool;
import dev.aegisplanner.model.topology.PoolSource;
import dev.aegisplanner.model.topology.Server;
import dev.aegisplanner.model.topology.Topology;
import dev.aegisplanner.model.topology.Zone;
import dev.aegisplanner.model.validation.Problem;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Demand files beside a topology: CSV with the columns of section 7, or JSON, each problem with line and column. */
class DemandFileTest {

    private static final Topology SHOP = new Topology("shop", null,
            List.of(Location.of("SIN", "APAC", 1.35, 103.82, DataCenter.of("SIN-1", Server.of("sin1-s1", "192.0.2.1"))),
                    Location.of("FRA", "EU", 50.11, 8.68, DataCenter.of("FRA-1", Server.of("fra1-s1")))),
            List.of(), List.of(Pool.of("acme", PoolSource.LEASED, "192.0.2.1")),
            List.of(new Zone("shop.example.com", "acme", List.of())),
            List.of(Origin.of("shop-origin", "203.0.113.1", null)), List.of(), Map.of());

    @TempDir
    Path folder;

    private DemandFile read(String name, String text) throws IOException, InputFileException {
        Path file = folder.resolve(name);
        Files.writeString(file, text);
        return DemandFile.read(file, SHOP);
    }

    @Test
    void csvWithAHeaderEmptyCellsQuotesAndAByteOrderMark() throws Exception {
        DemandFile demand = read("d.csv", "\uFEFFzone,origin,location,dataCenter,connections,family\r\n"
                + "shop.example.com,shop-origin,SIN,,30000,\r\n"
                + "\"shop.example.com\",\"shop-origin\",,FRA-1,\"12,000\",ipv4\r\n"
                + "\r\n");

        assertThat(demand.problems()).isEmpty();
        assertThat(demand.entries()).containsExactly(Demand.inLocation("shop.example.com", "shop-origin", "SIN", 30_000),
                new Demand("shop.example.com", "shop-origin", null, "FRA-1", 12_000, Family.IPV4));
    }

    @Test
    void csvColumnsMayComeInAnyOrderAndQuotedCellsMayHoldCommasQuotesAndLineBreaks() throws Exception {
        DemandFile demand = read("d.csv", "connections,dataCenter,origin,zone\n"
                + "500,FRA-1,shop-origin,\"shop.example.com\"\n");

        assertThat(demand.entries()).containsExactly(Demand.inDataCenter("shop.example.com", "shop-origin", "FRA-1", 500));

        DemandFile odd = read("e.csv", "zone,origin,location,connections\n\"a,\"\"b\"\"\nc\",shop-origin,SIN,1\n");
        assertThat(odd.entries()).singleElement().satisfies(e -> assertThat(e.zone()).isEqualTo("a,\"b\"\nc"));
        assertThat(odd.problems()).singleElement().satisfies(p -> assertThat(p.line()).isEqualTo(2));
    }

    @Test
    void everyCsvProblemNamesItsLineColumnAndColumnName() throws Exception {
        DemandFile demand = read("d.csv", "zone,origin,location,connections,family\n"
                + "shop.example.com,shop-origin,SIN,many,\n"
                + "shop.example.com,nobody,SIN,10,\n"
                + "shop.example.com,shop-origin,SIN,10,ipv5\n"
                + "shop.example.com,shop-origin\n");

        assertThat(demand.problems()).extracting(Problem::line, Problem::column).containsExactly(
                org.assertj.core.groups.Tuple.tuple(2, 34), org.assertj.core.groups.Tuple.tuple(3, 18),
                org.assertj.core.groups.Tuple.tuple(4, 37), org.assertj.core.groups.Tuple.tuple(5, 1));
        assertThat(demand.problems().get(0).message()).contains("connections", "'many' is not a number");
        assertThat(demand.problems().get(1).message()).contains("origin nobody, which does not exist", "'origin'");
        assertThat(demand.problems().get(2).message()).contains("family", "ipv5");
        assertThat(demand.problems().get(3).message()).contains("2 cells but the header has 5");
    }

    @Test
    void aCsvHeaderMustNameKnownColumns() throws Exception {
        DemandFile demand = read("d.csv", "zone,origin,Location,connection\nshop.example.com,shop-origin,SIN,1\n");

        assertThat(demand.problems()).extracting(Problem::message).anySatisfy(m -> assertThat(m)
                .contains("Unknown column 'Location'", "did you mean 'location'"));
        assertThat(demand.entries()).isEmpty();
    }

    @Test
    void csvDemandIsValidatedLikeTheTopologysOwn_ipv4DemandNeedsAnIpv4Origin() throws Exception {
        DemandFile demand = read("d.csv", "zone,origin,location,connections,family\nshop.example.com,shop-origin,SIN,-5,ipv6\n");

        assertThat(demand.problems()).extracting(Problem::message).anySatisfy(m -> assertThat(m).contains("cannot be negative"))
                .anySatisfy(m -> assertThat(m).contains("no ipv6 address"));
    }

    @Test
    void jsonIsABareArrayOrAnObjectWithDemand() throws Exception {
        String entry = "{\"zone\": \"shop.example.com\", \"origin\": \"shop-origin\", \"location\": \"SIN\", \"connections\": 7}";

        assertThat(read("a.json", "[" + entry + "]").entries()).hasSize(1);
        assertThat(read("b.json", "{\"demand\": [" + entry + "]}").entries()).hasSize(1);
        assertThat(read("c.txt", "  [" + entry + "]").entries()).hasSize(1);
    }

    @Test
    void jsonProblemsHaveTheirLineAndColumn() throws Exception {
        DemandFile demand = read("d.json", "{\"demand\": [\n"
                + "  {\"zone\": \"shop.example.com\", \"origin\": \"shop-origin\", \"location\": \"SIN\", \"conections\": 7},\n"
                + "  {\"zone\": \"shop.example.com\", \"origin\": \"shop-origin\", \"location\": \"MARS\", \"connections\": 7}\n"
                + "]}");

        assertThat(demand.problems()).hasSize(3);
        assertThat(demand.problems().get(0)).satisfies(p -> {
            assertThat(p.line()).isEqualTo(2);
            assertThat(p.message()).contains("has no 'connections'");
        });
        assertThat(demand.problems().get(1)).satisfies(p -> {
            assertThat(p.line()).isEqualTo(2);
            assertThat(p.message()).contains("Unknown field 'conections'");
        });
        assertThat(demand.problems().get(2)).satisfies(p -> {
            assertThat(p.line()).isEqualTo(3);
            assertThat(p.column()).isEqualTo(57);
            assertThat(p.message()).contains("location MARS, which does not exist");
        });
    }

    @Test
    void aFileThatIsNotDemandAtAllCannotBeRead() {
        assertThatThrownBy(() -> read("x.json", "{\"demand\": 3}")).isInstanceOf(InputFileException.class)
                .hasMessageContaining("an array of entries or an object with a 'demand' array");
        assertThatThrownBy(() -> read("y.json", "[{")).isInstanceOf(InputFileException.class)
                .hasMessageContaining("not valid JSON");
        assertThatThrownBy(() -> DemandFile.read(folder.resolve("none.csv"), SHOP))
                .isInstanceOf(InputFileException.class).hasMessageContaining("no such file");
    }
}
