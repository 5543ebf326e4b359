package dev.aegisplanner.app.editor.demand;

import static org.assertj.core.api.Assertions.assertThat;

import dev.aegisplanner.app.document.TopologyDocument;
import dev.aegisplanner.app.render.Samples;
import dev.aegisplanner.model.edit.DemandEdits;
import dev.aegisplanner.model.topology.Demand;
import dev.aegisplanner.model.topology.ElementKind;
import dev.aegisplanner.model.topology.Family;
import dev.aegisplanner.model.topology.Topology;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The Demand panel without a window: choices that exist, totals, and every change one undoable step. */
class DemandViewModelTest {

    private final Topology drill = Samples.read("capacity-drill.json");
    private final TopologyDocument document = new TopologyDocument(drill, null);
    private final DemandViewModel model = new DemandViewModel(document);

    @Test
    void theChoicesAreWhatTheTopologyHas_placesAreLocationsEachFollowedByItsDataCenters() {
        assertThat(model.zones()).containsExactly("shop.example.com");
        assertThat(model.origins()).containsExactly("shop-origin");
        assertThat(model.places()).extracting(DemandPlace::toString).containsExactly("FRA",
                "FRA-1 (data center)", "FRA-2 (data center)", "AMS", "AMS-1 (data center)");
    }

    @Test
    void totalsAddUpPerZoneAndPerOrigin() {
        assertThat(model.zoneTotals()).containsExactly(new DemandTotal("shop.example.com", 37_000, 2));
        assertThat(model.originTotals()).containsExactly(new DemandTotal("shop-origin", 37_000, 2));
    }

    @Test
    void connectionsAsAPlannerTypesThem_oneUndoableStep() {
        assertThat(model.setConnections(0, "30,000")).isEmpty();

        assertThat(document.topology().demand().get(0).connections()).isEqualTo(30_000);
        assertThat(model.zoneTotals().get(0).connections()).isEqualTo(39_000);
        document.commands().undo();
        assertThat(document.topology()).isEqualTo(drill);
    }

    @Test
    void connectionsThatAreNoNumberAtLeastZeroAreRefusedAndNothingChanges() {
        assertThat(model.setConnections(0, "lots")).contains(ConnectionsText.REFUSAL);
        assertThat(model.setConnections(0, "-5")).isPresent();

        assertThat(document.topology()).isSameAs(drill);
        assertThat(document.commands().undoDepth()).isZero();
    }

    @Test
    void movingAnEntryToADataCenterLeavesItsLocation() {
        model.setPlace(1, new DemandPlace(ElementKind.DATA_CENTER, "AMS-1"));

        Demand moved = document.topology().demand().get(1);
        assertThat(moved.dataCenter()).isEqualTo("AMS-1");
        assertThat(moved.location()).isNull();
        assertThat(document.commands().undoLabelProperty().get()).isEqualTo("Undo Set demand place");
    }

    @Test
    void anAddedEntryIsSelectedAndItsRemovalUndone() {
        assertThat(model.add()).isTrue();

        assertThat(model.entries()).hasSize(3);
        assertThat(model.selectedProperty().get().index()).isEqualTo(2);
        model.remove(List.of(0, 2));
        assertThat(model.entries()).extracting(e -> e.demand().location()).containsExactly("AMS");
        document.commands().undo();
        assertThat(model.entries()).hasSize(3);
    }

    @Test
    void choosingTheFamilyThatIsAlreadyTheDefaultIsNoEdit() {
        model.setFamily(0, Family.IPV4);

        assertThat(document.commands().undoDepth()).isZero();
    }

    @Test
    void anImportReplacesOrAddsInOneStep() {
        List<Demand> peak = List.of(Demand.inLocation("shop.example.com", "shop-origin", "AMS", 12_000));

        model.importEntries(peak, DemandEdits.Import.REPLACE, "peak.csv");
        assertThat(document.topology().demand()).isEqualTo(peak);
        assertThat(document.commands().undoLabelProperty().get()).isEqualTo("Undo Replace demand with peak.csv");

        document.commands().undo();
        model.importEntries(peak, DemandEdits.Import.ADD, "peak.csv");
        assertThat(document.topology().demand()).hasSize(3);
    }
}
