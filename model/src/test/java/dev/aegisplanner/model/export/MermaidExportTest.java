package dev.aegisplanner.model.export;

import static dev.aegisplanner.model.export.ExportFixtures.scenario;
import static dev.aegisplanner.model.export.ExportFixtures.trace;
import static dev.aegisplanner.model.export.ExportFixtures.twoMetros;
import static org.assertj.core.api.Assertions.assertThat;

import dev.aegisplanner.model.engine.ForwardingEngine;
import dev.aegisplanner.model.engine.Request;
import dev.aegisplanner.model.engine.Tier;
import dev.aegisplanner.model.engine.TraceResult;
import dev.aegisplanner.model.topology.Family;
import dev.aegisplanner.model.topology.Pool;
import dev.aegisplanner.model.topology.PoolSource;
import dev.aegisplanner.model.topology.Topology;
import dev.aegisplanner.model.topology.Zone;
import java.util.List;
import org.junit.jupiter.api.Test;

class MermaidExportTest {

    private static String path(Tier tier) {
        return MermaidExport.path(twoMetros(), trace(tier), scenario("acme-origin", "fra1-s2"));
    }

    /** The lines between "subgraph ID" and its "end", trimmed. */
    private static List<String> body(String text, String subgraphId) {
        List<String> lines = text.lines().map(String::strip).toList();
        int start = -1;
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).startsWith("subgraph " + subgraphId + " ")) {
                start = i;
            }
        }
        assertThat(start).as("subgraph " + subgraphId).isNotNegative();
        int depth = 0;
        for (int i = start; i < lines.size(); i++) {
            depth += lines.get(i).startsWith("subgraph ") ? 1 : lines.get(i).equals("end") ? -1 : 0;
            if (depth == 0) {
                return lines.subList(start + 1, i);
            }
        }
        throw new AssertionError("subgraph " + subgraphId + " never ends");
    }

    @Test
    void sameServerPathIsTheDocumentationsFirstDiagram() {
        String text = path(Tier.SAME_SERVER);

        assertThat(text).startsWith("flowchart LR\n    accTitle: Aegis connection forwarding: Frankfurt \"miss\"\n");
        assertThat(text).contains("    A[Client]\n", "    A --ingress--> X\n", "    X --> B\n", "    B --egress--> C\n");
        assertThat(body(text, "dc_FRA_1")).containsExactly("X[(Cache service)]",
                "B[(\"Egress router <br/> <small>fra1-s2, *has Aegis IP 192.0.2.10</small>\")]");
        assertThat(text).doesNotContain("Y[");
    }

    @Test
    void forwardWithinTheDataCenterKeepsBothServersInOneSubgraph() {
        String text = path(Tier.SAME_DATA_CENTER);

        assertThat(body(text, "dc_FRA_1")).hasSize(3).anyMatch(l -> l.startsWith("Y[(\"Egress server"));
        assertThat(text).contains("<small>fra1-s2, *no Aegis IP</small>", "    B --> Y\n", "    Y --egress--> C\n");
    }

    @Test
    void forwardToAnotherDataCenterNestsBothDataCentersInTheLocation() {
        String text = path(Tier.SAME_LOCATION);

        List<String> location = body(text, "loc_FRA");
        assertThat(location).contains("subgraph dc_FRA_1 [\"Data center FRA-1\"]", "subgraph dc_FRA_2 [\"Data center FRA-2\"]");
        assertThat(body(text, "dc_FRA_2")).singleElement().asString().startsWith("Y[(");
    }

    @Test
    void forwardToAnotherLocationDrawsTwoLocationsAndTheBackboneLatency() {
        String text = path(Tier.OTHER_LOCATION);

        assertThat(text).contains("subgraph loc_FRA [\"Location Frankfurt (FRA, EU)\"]",
                "subgraph loc_AMS [\"Location Amsterdam (AMS, EU)\"]", "    B -->|\"forward, 7.5 ms\"| Y\n");
        assertThat(body(text, "dc_AMS_1")).singleElement().asString()
                .contains("ams1-s1, *has Aegis IP 192.0.2.12");
    }

    @Test
    void noEgressEndsInABlockedEdgeToTheScenariosOrigin() {
        String text = path(Tier.NO_EGRESS);

        assertThat(text).contains("    B --x|\"no egress\"| C\n", "Acme shop, 203.0.113.150:443")
                .contains("accDescr: IPv4 request entering on fra1-s2 in FRA-1, FRA: no server can egress (NO_EGRESS).");
    }

    @Test
    void ipv6PathNamesTheIpv6OriginAddress() {
        assertThat(path(Tier.IPV6_GLOBAL)).contains("Acme shop, [2001:db8:ff::1]:443", "accDescr: IPv6 request");
    }

    @Test
    void topologyHasASubgraphPerLocationAndDataCenterAndLinksWithLatency() {
        String text = MermaidExport.topology(twoMetros());
        MermaidStructure s = MermaidStructure.check("two metros", text);

        assertThat(s.subgraphs).containsExactly("loc_FRA", "dc_FRA_1", "dc_FRA_2", "loc_AMS", "dc_AMS_1");
        assertThat(body(text, "dc_FRA_1")).containsExactly(
                "srv_fra1_s1[\"fra1-s1 <br/> <small>192.0.2.10</small>\"]",
                "srv_fra1_s2[\"fra1-s2 <br/> <small>no egress IP</small>\"]");
        assertThat(text).contains("    loc_FRA ---|\"7.5 ms\"| loc_AMS\n")
                .contains("accDescr: 2 locations, 3 data centers, 4 servers and 1 backbone link.");
    }

    @Test
    void largeDataCentersAreSummarised() {
        String text = MermaidExport.topology(ExportFixtures.oneBigDataCenter(130));

        List<String> servers = body(text, "dc_LHR_1");
        assertThat(servers).hasSize(MermaidExport.DEFAULT_SERVERS_PER_DATA_CENTER + 1);
        assertThat(servers.get(servers.size() - 1)).isEqualTo("more_LHR_1[\"... 122 more servers\"]");
        assertThat(text).contains("class more_LHR_1 muted");
        assertThat(MermaidExport.topology(ExportFixtures.oneBigDataCenter(3), 2)).contains("... 1 more server\"]");
    }

    @Test
    void namesCannotBreakOutOfLabels() {
        String text = MermaidExport.topology(ExportFixtures.awkwardNames());

        assertThat(text).contains("#quot;end#quot; #lt;b#gt;metro#lt;/b#gt; #amp; #35;1;")
                .contains("accTitle: Aegis topology: Awkward \"names\" across lines\n")
                .doesNotContain("<b>");
    }

    @Test
    void downElementsAndPlaceholdersAreMuted() {
        String text = MermaidExport.topology(ExportFixtures.awkwardNames());

        assertThat(text).contains("\"Data center [brackets] (parens) {braces} (a.b) - down\"",
                "class srv_o_ring,empty_u6771u4eac muted", "style loc_u6771u4eac fill:");
    }

    @Test
    void linksToUnknownLocationsAreLeftOut() {
        String text = MermaidExport.topology(ExportFixtures.awkwardNames());

        assertThat(text).contains("loc_end ---|\"120.25 ms\"| loc_u6771u4eac").doesNotContain("nowhere");
    }

    @Test
    void aTraceFromTheEngineExportsLikeTheDocumentation() {
        Topology topology = twoMetros()
                .withPools(List.of(Pool.of("acme", PoolSource.LEASED, "192.0.2.12")))
                .withZones(List.of(new Zone("shop.example.com", "acme", List.of())));
        TraceResult result = new ForwardingEngine(topology)
                .trace(new Request("shop.example.com", "acme-origin", "fra1-s2", Family.IPV4));

        String text = MermaidExport.path(topology, result, null);

        MermaidStructure s = MermaidStructure.check("engine trace", text);
        assertThat(s.nodes).containsExactly("A", "X", "B", "Y", "C");
        assertThat(s.subgraphs).containsExactly("loc_FRA", "dc_FRA_1", "loc_AMS", "dc_AMS_1");
        assertThat(text).contains("    B -->|\"forward, 7.5 ms\"| Y\n", "    Y --egress--> C\n");
    }

    @Test
    void everyExportIsWellFormed() {
        ExportFixtures.allMermaid().forEach(MermaidStructure::check);
    }
}
