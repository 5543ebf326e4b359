package dev.aegisplanner.app.editor.advisor;

import static org.assertj.core.api.Assertions.assertThat;

import dev.aegisplanner.app.document.TopologyDocument;
import dev.aegisplanner.model.advisor.AddressCount;
import dev.aegisplanner.model.advisor.Pin;
import dev.aegisplanner.model.io.TopologyReader;
import dev.aegisplanner.model.topology.Topology;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class SuggestPlacementModelTest {

    private final Topology ocean = TopologyReader.read(Path.of("..", "samples", "across-the-ocean.json")).topology();
    private final TopologyDocument document = new TopologyDocument(ocean, null);
    private final List<Runnable> queued = new ArrayList<>();
    /** Runs the advisor when told to, on the test's thread, so a test can act before it starts. */
    private final SuggestPlacementModel model = new SuggestPlacementModel(document, "shop-pool", queued::add, Runnable::run);

    private void askForExactly(int addresses) {
        model.countProperty().set(AddressCount.Mode.EXACTLY);
        model.addressesProperty().set(addresses);
    }

    private void runAdvisor() {
        List<Runnable> now = new ArrayList<>(queued);
        queued.clear();
        now.forEach(Runnable::run);
    }

    @Test
    void proposesWithoutChangingTheDocument() {
        model.suggest();
        assertThat(model.stateProperty().get()).isEqualTo(SuggestPlacementModel.State.RUNNING);

        runAdvisor();

        assertThat(model.stateProperty().get()).isEqualTo(SuggestPlacementModel.State.PROPOSED);
        assertThat(model.proposalProperty().get().after().forwardedShare()).isZero();
        assertThat(document.topology()).isSameAs(ocean);
        assertThat(document.commands().canUndoProperty().get()).isFalse();
    }

    @Test
    void applyIsOneUndoableEditAndUndoRestoresThePlan() {
        model.suggest();
        runAdvisor();
        Topology proposed = model.proposalProperty().get().topology();

        assertThat(model.apply()).isTrue();

        assertThat(document.topology()).isEqualTo(proposed);
        assertThat(document.commands().undoLabelProperty().get()).contains("Suggest placement for pool shop-pool");
        document.commands().undo();
        assertThat(document.topology()).isSameAs(ocean);
        assertThat(document.commands().canUndoProperty().get()).isFalse();
    }

    @Test
    void cancelStopsTheSearchAndChangesNothing() {
        model.suggest();
        model.cancel();

        runAdvisor();

        assertThat(model.stateProperty().get()).isEqualTo(SuggestPlacementModel.State.READY);
        assertThat(model.messageProperty().get()).startsWith("Cancelled");
        assertThat(model.proposalProperty().get()).isNull();
        assertThat(document.topology()).isSameAs(ocean);
    }

    @Test
    void pinsAndExclusionsReachTheAdvisor() {
        model.pins().add(new Pin("192.0.2.12", "ORD"));
        model.excluded().add("FRA");

        model.suggest();
        runAdvisor();

        var placement = model.proposalProperty().get().placement();
        assertThat(placement.addresses().stream().filter(a -> a.address().equals("192.0.2.12")).findFirst()
                .orElseThrow().locations()).contains("ORD");
        assertThat(placement.locations()).doesNotContain("FRA");
    }

    @Test
    void keptLocationsReachTheAdvisor() {
        askForExactly(2);
        model.suggest();
        runAdvisor();
        assertThat(model.proposalProperty().get().placement().locations()).doesNotContain("IAD");

        model.kept().add("IAD");
        model.suggest();
        runAdvisor();

        assertThat(model.proposalProperty().get().placement().locations()).contains("IAD");
    }

    @Test
    void aLocationIsKeptOrExcludedNeverBothTheLatestChoiceWins() {
        model.excluded().addAll("IAD", "NYC");
        model.kept().add("IAD");

        assertThat(model.excluded()).containsExactly("NYC");
        assertThat(model.kept()).containsExactly("IAD");

        model.excluded().add("IAD");

        assertThat(model.kept()).isEmpty();
        assertThat(model.excluded()).containsExactly("NYC", "IAD");
    }

    @Test
    void aProposalForAPlanThatChangedSinceIsNotApplied() {
        model.suggest();
        runAdvisor();
        document.commands().execute("Rename", t -> t.withName("Renamed"));

        assertThat(model.staleProperty().get()).isTrue();
        assertThat(model.apply()).isFalse();
        assertThat(document.topology().name()).isEqualTo("Renamed");
    }

    @Test
    void whenNothingFitsItSaysWhy() {
        askForExactly(1);

        model.suggest();
        runAdvisor();

        assertThat(model.stateProperty().get()).isEqualTo(SuggestPlacementModel.State.FAILED);
        assertThat(model.messageProperty().get()).contains("exceeds 1 x 40,000");
    }

}
