package dev.aegisplanner.app.backbone;

import static org.assertj.core.api.Assertions.assertThat;

import dev.aegisplanner.app.backbone.GeoPositions.Point;
import dev.aegisplanner.app.demo.DemoTopologies;
import dev.aegisplanner.model.engine.BackboneRoute;
import dev.aegisplanner.model.edit.LinkEdits;
import dev.aegisplanner.model.generate.GeneratorSpec;
import dev.aegisplanner.model.generate.TopologyGenerator;
import dev.aegisplanner.model.topology.Link;
import dev.aegisplanner.model.topology.Topology;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.graphstream.graph.Element;
import org.graphstream.graph.Node;
import org.graphstream.graph.implementations.MultiGraph;
import org.junit.jupiter.api.Test;

class BackboneGraphTest {

    private final Topology world = DemoTopologies.world();
    private final BackboneGraph model = new BackboneGraph(new MultiGraph("test", false, true));

    /** The classes that say what an element is (health, highlight), without whether its label is quiet now. */
    private static Set<String> classes(Element element) {
        Object classes = element.getAttribute(BackboneGraph.CLASS);
        return classes == null ? Set.of() : Arrays.stream(classes.toString().split(",\\s*"))
                .filter(c -> !c.equals("quiet")).collect(Collectors.toSet());
    }

    /** The route through these locations, over the world's links between them. */
    private BackboneRoute routeThrough(String... locations) {
        List<String> path = List.of(locations);
        List<Link> links = new ArrayList<>();
        for (int i = 1; i < path.size(); i++) {
            Set<String> ends = Set.of(path.get(i - 1), path.get(i));
            world.links().stream().filter(l -> ends.equals(Set.of(l.from(), l.to()))).findFirst().ifPresent(links::add);
        }
        return new BackboneRoute(path, links, 0);
    }

    private Point at(String id) {
        return model.points().get(id);
    }

    @Test
    void everyLocationIsANodeAndEveryLinkALabelledEdge() {
        model.show(world, null, Set.of());

        assertThat(model.graph().getNodeCount()).isEqualTo(12);
        assertThat(model.graph().getEdgeCount()).isEqualTo(15);
        assertThat(model.graph().getEdge("AMS~FRA").getAttribute(BackboneGraph.LABEL)).isEqualTo("7.5 ms");
        assertThat(model.graph().getNode("FRA").getAttribute(BackboneGraph.LABEL)).isEqualTo("FRA");
    }

    @Test
    void locationsArePlacedByTheirCoordinatesEastRightAndNorthUp() {
        model.show(world, null, Set.of());

        assertThat(at("NRT").x()).as("Tokyo east of Frankfurt").isGreaterThan(at("FRA").x());
        assertThat(at("LAX").x()).as("Los Angeles west of Ashburn").isLessThan(at("IAD").x());
        assertThat(at("AMS").y()).as("Amsterdam north of Frankfurt").isGreaterThan(at("FRA").y());
        assertThat(at("SYD").y()).as("Sydney south of everything").isLessThan(at("GRU").y());
        Object[] xyz = (Object[]) model.graph().getNode("FRA").getAttribute(BackboneGraph.POSITION);
        assertThat((double) xyz[0]).isEqualTo(at("FRA").x());
    }

    @Test
    void nodesAreClassedByHealth() {
        model.show(world, null, Set.of());

        assertThat(classes(model.graph().getNode("FRA"))).isEmpty();
        assertThat(classes(model.graph().getNode("AMS"))).containsExactly("partly");
        assertThat(classes(model.graph().getNode("JNB"))).containsExactly("down");
        assertThat(classes(model.graph().getEdge("GRU~JNB"))).containsExactly("down");
    }

    @Test
    void theRouteIsMarkedWithItsNeighbourhoodAndTheRestFades() {
        BackboneRoute route = routeThrough("GRU", "IAD", "ORD", "LAX");

        model.show(world, route, Set.of());

        assertThat(model.graph().nodes().filter(n -> classes(n).contains("route")).map(Node::getId))
                .containsExactlyInAnyOrder("GRU", "IAD", "ORD", "LAX");
        assertThat(classes(model.graph().getEdge("IAD~GRU"))).containsExactly("route");
        assertThat(classes(model.graph().getEdge("LAX~ORD"))).containsExactly("route");
        assertThat(classes(model.graph().getEdge("IAD~LHR"))).as("a link leaving the route").containsExactly("near");
        assertThat(classes(model.graph().getNode("LHR"))).as("a neighbour of the route").containsExactly("near");
        assertThat(classes(model.graph().getNode("BOM"))).as("far from the route").contains("faded");
        assertThat(classes(model.graph().getEdge("AMS~FRA"))).contains("faded");
    }

    @Test
    void aTraceWithoutABackboneRouteMarksWhereItEntersAndLeaves() {
        model.show(world, null, Set.of("FRA"));

        assertThat(classes(model.graph().getNode("FRA"))).containsExactly("route");
        assertThat(classes(model.graph().getNode("AMS"))).contains("near");
        assertThat(classes(model.graph().getNode("SYD"))).contains("faded");
    }

    @Test
    void zoomedOutOnlyLabelsWithRoomShowAndZoomingInBringsTheRest() {
        Topology planet = TopologyGenerator.generate(new GeneratorSpec(300, 600, 1_200, 4, 1));
        model.show(planet, null, Set.of());

        model.labelsAt(2);
        long shownFar = model.graph().nodes().filter(n -> model.labelled(n.getId())).count();
        model.labelsAt(400);
        long shownNear = model.graph().nodes().filter(n -> model.labelled(n.getId())).count();

        assertThat(shownFar).isPositive().isLessThan(150);
        assertThat(shownNear).isEqualTo(300);
    }

    @Test
    void theRoutesLabelsShowAtAnyZoom() {
        BackboneRoute route = routeThrough("GRU", "IAD", "ORD", "LAX");
        model.show(world, route, Set.of());

        model.labelsAt(0.01);

        assertThat(List.of("GRU", "IAD", "ORD", "LAX")).allMatch(model::labelled);
        assertThat(model.labelled("IAD~GRU")).isTrue();
        assertThat(model.labelled("SYD")).isFalse();
    }

    @Test
    void editsChangeTheGraphInPlace() {
        model.show(world, null, Set.of());
        Node frankfurt = model.graph().getNode("FRA");

        Topology edited = LinkEdits.remove(LinkEdits.add(world, new Link("SYD", "NRT", 20)), "AMS", "FRA");
        model.show(edited.withLocations(edited.locations().subList(0, 11)), null, Set.of());

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

        model.show(broken, null, Set.of());

        assertThat(model.graph().edges().map(Element::getId)).containsExactly("FRA~AMS");
    }
}
