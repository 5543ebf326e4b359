package dev.aegisplanner.app.command;

import static org.assertj.core.api.Assertions.assertThat;

import dev.aegisplanner.model.edit.Alignment;
import dev.aegisplanner.model.edit.Catalog;
import dev.aegisplanner.model.edit.CatalogEdits;
import dev.aegisplanner.model.edit.IpAssignments;
import dev.aegisplanner.model.edit.PropertyEdits;
import dev.aegisplanner.model.edit.StructureEdits;
import dev.aegisplanner.model.io.TopologyReader;
import dev.aegisplanner.model.topology.DataCenter;
import dev.aegisplanner.model.topology.ElementRef;
import dev.aegisplanner.model.topology.Link;
import dev.aegisplanner.model.topology.Location;
import dev.aegisplanner.model.topology.Server;
import dev.aegisplanner.model.topology.Status;
import dev.aegisplanner.model.topology.Topology;
import java.nio.file.Path;
import java.util.List;
import java.util.function.UnaryOperator;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Every editor edit is a step on one stack: whatever sequence of edits a planner makes, undoing them all gives
 * back the document they started from, and redoing them all gives back where they ended.
 */
class UndoRedoProperties {

    private static final Topology START = TopologyReader.read(Path.of("..", "samples", "global-retailer.json"))
            .topology();

    @Property(tries = 200)
    void undoingEveryEditRestoresTheOriginalAndRedoingRestoresTheEnd(
            @ForAll("editSequences") List<RandomEdit> edits) {
        CommandStack stack = new CommandStack(START);
        for (RandomEdit edit : edits) {
            stack.execute(edit.label(), edit.coalesceKey(), t -> edit.apply(t));
            if (edit.endsGesture()) {
                stack.endCoalescing();
            }
        }
        Topology end = stack.topology();
        int steps = stack.undoDepth();

        for (int i = 0; i < steps; i++) {
            stack.undo();
        }
        assertThat(stack.topology()).isEqualTo(START);
        assertThat(stack.canUndoProperty().get()).isFalse();

        for (int i = 0; i < steps; i++) {
            stack.redo();
        }
        assertThat(stack.topology()).isEqualTo(end);
    }

    @Property(tries = 200)
    void anEditThatChangesNothingNeverReachesTheStack(@ForAll("editSequences") List<RandomEdit> edits) {
        CommandStack stack = new CommandStack(START);
        for (RandomEdit edit : edits) {
            Topology before = stack.topology();
            int depth = stack.undoDepth();
            boolean changed = stack.execute(edit.label(), t -> edit.apply(t));
            assertThat(changed).isEqualTo(stack.topology() != before);
            if (!changed) {
                assertThat(stack.undoDepth()).isEqualTo(depth);
            }
        }
    }

    @Provide
    Arbitrary<List<RandomEdit>> editSequences() {
        return edit().list().ofMinSize(1).ofMaxSize(25);
    }

    /** One edit, chosen against whatever topology it meets, so a sequence stays meaningful as it runs. */
    record RandomEdit(String label, int kind, int pick, double dx, double dy, boolean endsGesture) {

        Object coalesceKey() {
            return kind == 0 ? "move" : null;
        }

        Topology apply(Topology t) {
            List<Server> servers = t.servers().toList();
            List<DataCenter> dataCenters = t.dataCenters().toList();
            List<Location> locations = t.locations();
            Server server = servers.isEmpty() ? null : servers.get(pick % servers.size());
            DataCenter dc = dataCenters.isEmpty() ? null : dataCenters.get(pick % dataCenters.size());
            Location location = locations.isEmpty() ? null : locations.get(pick % locations.size());
            List<String> addresses = IpAssignments.assignableAddresses(t);
            String address = addresses.isEmpty() ? null : addresses.get(pick % addresses.size());
            UnaryOperator<Topology> none = UnaryOperator.identity();
            UnaryOperator<Topology> op = switch (kind) {
                case 0 -> server == null ? none : x -> StructureEdits.move(x, List.of(ElementRef.server(server.id())), dx, dy);
                case 1 -> location == null ? none
                        : x -> StructureEdits.move(x, List.of(ElementRef.location(location.id())), dx, dy);
                case 2 -> dc == null ? none : x -> StructureEdits.addServer(x, dc.id(), dx, dy).topology();
                case 3 -> location == null ? none : x -> StructureEdits.addDataCenter(x, location.id(), dx, dy).topology();
                case 4 -> x -> StructureEdits.addLocation(x, dx, dy).topology();
                case 5 -> server == null ? none : x -> StructureEdits.delete(x, List.of(ElementRef.server(server.id())));
                case 6 -> dc == null ? none : x -> StructureEdits.delete(x, List.of(ElementRef.dataCenter(dc.id())));
                case 7 -> server == null ? none : x -> StructureEdits.rename(x, ElementRef.server(server.id()), "n" + pick);
                case 8 -> server == null ? none
                        : x -> StructureEdits.changeId(x, ElementRef.server(server.id()), server.id() + "x");
                case 9 -> server == null || address == null ? none
                        : x -> IpAssignments.assign(x, List.of(address), List.of(server.id()));
                case 10 -> server == null || server.egressIps().isEmpty() ? none
                        : x -> IpAssignments.unassign(x, server.egressIps(), List.of(server.id()));
                case 11 -> dc == null ? none : x -> PropertyEdits.setStatus(x, ElementRef.dataCenter(dc.id()),
                        dc.status() == Status.UP ? Status.DOWN : Status.UP);
                case 12 -> location == null ? none : x -> PropertyEdits.setLatitude(x, location.id(), (pick % 180) - 90);
                case 13 -> locations.size() < 2 ? none : x -> CatalogEdits.add(x, Catalog.LINKS,
                        new Link(location.id(), locations.get((pick + 1) % locations.size()).id(), Math.abs(dx)));
                case 14 -> server == null ? none : x -> StructureEdits.duplicate(x, List.of(ElementRef.server(server.id())))
                        .topology();
                case 15 -> dc == null ? none : x -> StructureEdits.align(x, dc.servers().stream()
                        .map(s -> ElementRef.server(s.id())).toList(), Alignment.values()[pick % Alignment.values().length]);
                default -> location == null ? none
                        : x -> StructureEdits.arrangeChildren(x, List.of(ElementRef.location(location.id())));
            };
            return op.apply(t);
        }
    }

    private static Arbitrary<RandomEdit> edit() {
        return net.jqwik.api.Combinators.combine(
                Arbitraries.integers().between(0, 16),
                Arbitraries.integers().between(0, 10_000),
                Arbitraries.doubles().between(-200, 200),
                Arbitraries.doubles().between(-200, 200),
                Arbitraries.of(true, false))
                .as((kind, pick, dx, dy, ends) -> new RandomEdit("edit " + kind, kind, pick, dx, dy, ends));
    }
}
