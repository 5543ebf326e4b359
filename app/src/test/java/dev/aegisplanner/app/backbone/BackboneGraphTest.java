package dev.aegisplanner.app.backbone;

import static org.assertj.core.api.Assertions.assertThat;

import dev.aegisplanner.app.demo.DemoTopologies;
import dev.aegisplanner.model.engine.BackboneRoute;
import dev.aegisplanner.model.edit.LinkEdits;
import dev.aegisplanner.model.topology.Link;
import dev.aegisplanner.model.topology.Topology;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.graphstream.graph.Element;
import org.graphstream.graph.Node;
import org.graphstream.graph.implementations.MultiGraph;
import org.junit.jupiter.api.Test;

class BackboneGraphTest {

    private final Topology world = DemoTopologies.world();
    private final BackboneGraph model = new BackboneGraph(new MultiGraph("test", false, true));

    private static String classes(Element element) {
        return (String) element.getAttribute(BackboneGraph.CLASS);
    }

    @Test
    void everyLocationIsANodeAndEveryLinkALabelledEdge() {
        model.show(world, null);

        assertThat(model.graph().getNodeCount()).isEqualTo(12);
        assertThat(model.graph().getEdgeCount()).isEqualTo(15);
        assertThat(model.graph().getEdge("AMS~FRA").getAttribute(BackboneGraph.LABEL)).isEqualTo("7.5 ms");
        assertThat(model.graph().getNode("FRA").getAttribute(BackboneGraph.LABEL)).isEqualTo("FRA");
    }

    @Test
    void nodesAreClassedByHealth() {
        model.show(world, null);

        assertThat(classes(model.graph().getNode("FRA"))).isNull();
        assertThat(classes(model.graph().getNode("AMS"))).isEqualTo("partly");
        assertThat(classes(model.graph().getNode("JNB"))).isEqualTo("down");
        assertThat(classes(model.graph().getEdge("GRU~JNB"))).isEqualTo("down");
    }

    @Test
    void theRouteIsMarkedOnItsNodesAndLinksOnly() {
        List<String> path = List.of("GRU", "IAD", "ORD", "LAX");
        List<Link> links = new ArrayList<>();
        for (int i = 1; i < path.size(); i++) {
            String a = path.get(i - 1);
            String b = path.get(i);
            world.links().stream().filter(l -> Set.of(a, b).equals(Set.of(l.from(), l.to()))).findFirst()
                    .ifPresent(links::add);
        }
        BackboneRoute route = new BackboneRoute(path, links, 0);

        model.show(world, route);

        assertThat(model.graph().nodes().filter(n -> "route".equals(classes(n))).map(Node::getId))
                .containsExactlyInAnyOrder("GRU", "IAD", "ORD", "LAX");
        assertThat(classes(model.graph().getEdge("IAD~GRU"))).isEqualTo("route");
        assertThat(classes(model.graph().getEdge("LAX~ORD"))).isEqualTo("route");
        assertThat(classes(model.graph().getEdge("IAD~LHR"))).isNull();
    }

    @Test
    void editsChangeTheGraphInPlaceSoTheLayoutKeepsItsShape() {
        model.show(world, null);
        Node frankfurt = model.graph().getNode("FRA");

        Topology edited = LinkEdits.remove(LinkEdits.add(world, new Link("SYD", "NRT", 20)), "AMS", "FRA");
        model.show(edited.withLocations(edited.locations().subList(0, 11)), null);

        assertThat(model.graph().getNode("FRA")).isSameAs(frankfurt);
        assertThat(model.graph().getEdge("SYD~NRT")).isNotNull();
        assertThat(model.graph().getEdge("AMS~FRA")).isNull();
        assertThat(model.graph().getNode("ORD")).as("location removed").isNull();
        assertThat(model.graph().getEdge("LAX~ORD")).as("its links with it").isNull();
    }

    @Test
    void linksThatJoinNothingAreLeftOut() {
        Topology broken = world.withLinks(List.of(new Link("FRA", "nowhere", 3), new Link("FRA", "FRA", 1),
                new Link("FRA", "AMS", 7), new Link("FRA", "AMS", 8)));

        model.show(broken, null);

        assertThat(model.graph().edges().map(Element::getId)).containsExactly("FRA~AMS");
    }
}
