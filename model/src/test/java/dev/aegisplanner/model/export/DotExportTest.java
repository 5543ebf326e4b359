package dev.aegisplanner.model.export;

import static dev.aegisplanner.model.export.ExportFixtures.scenario;
import static dev.aegisplanner.model.export.ExportFixtures.trace;
import static dev.aegisplanner.model.export.ExportFixtures.twoMetros;
import static org.assertj.core.api.Assertions.assertThat;

import dev.aegisplanner.model.engine.Tier;
import org.junit.jupiter.api.Test;

class DotExportTest {

    @Test
    void topologyNestsDataCenterClustersInLocationClusters() {
        String text = DotExport.topology(twoMetros());
        DotStructure s = DotStructure.check("two metros", text);

        assertThat(s.clusters).containsExactly("cluster_loc_FRA", "cluster_dc_FRA_1", "cluster_dc_FRA_2",
                "cluster_loc_AMS", "cluster_dc_AMS_1");
        assertThat(s.nodes).containsExactly("srv_fra1_s1", "srv_fra1_s2", "srv_fra2_s1", "srv_ams1_s1", "C_acme_origin");
        assertThat(text).contains("rankdir=LR", "compound=true",
                "srv_fra1_s1 [label=<fra1-s1<br/><font point-size=\"9\">192.0.2.10</font>>];");
    }

    @Test
    void backboneLinksJoinTheLocationClustersUndirected() {
        String text = DotExport.topology(twoMetros());

        assertThat(text).contains("srv_fra1_s1 -> srv_ams1_s1 [ltail=cluster_loc_FRA, lhead=cluster_loc_AMS, "
                + "label=\"7.5 ms\", dir=none");
    }

    @Test
    void pathUsesTheDocumentationsNodesAndEdges() {
        String text = DotExport.path(twoMetros(), trace(Tier.OTHER_LOCATION), scenario("acme-origin", "fra1-s2"));
        DotStructure s = DotStructure.check("other location", text);

        assertThat(s.nodes).containsExactly("A", "X", "B", "Y", "C");
        assertThat(text).contains("A -> X [label=\"ingress\"];", "X -> B;", "B -> Y [label=\"forward, 7.5 ms\"];",
                "Y -> C [label=\"egress\"];", "X [label=<Cache service>, shape=cylinder, style=filled];");
    }

    @Test
    void noEgressIsARedDeadEnd() {
        String text = DotExport.path(twoMetros(), trace(Tier.NO_EGRESS), scenario("acme-origin", "fra1-s2"));

        assertThat(text).contains("B -> C [label=\"no egress\", style=dashed, color=\"#c62828\"");
    }

    @Test
    void namesAreEscapedInStringsAndHtmlLabels() {
        String text = DotExport.topology(ExportFixtures.awkwardNames());

        assertThat(text).contains("label=\"Aegis topology: Awkward \\\"names\\\" across lines\";",
                "label=<Origin origin &quot;quoted&quot; (graph)<br/>");
    }

    @Test
    void everyExportIsWellFormed() {
        ExportFixtures.allDot().forEach(DotStructure::check);
    }
}
