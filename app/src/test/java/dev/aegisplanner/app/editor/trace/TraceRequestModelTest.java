package dev.aegisplanner.app.editor.trace;

import static org.assertj.core.api.Assertions.assertThat;

import dev.aegisplanner.app.command.CommandStack;
import dev.aegisplanner.app.editor.EditorFixtures;
import dev.aegisplanner.app.trace.ManualClock;
import dev.aegisplanner.app.trace.TracePlayback;
import dev.aegisplanner.model.edit.Catalog;
import dev.aegisplanner.model.edit.CatalogEdits;
import dev.aegisplanner.model.engine.Tier;
import dev.aegisplanner.model.topology.Family;
import dev.aegisplanner.model.topology.Scenario;
import org.junit.jupiter.api.Test;

/** Putting a request together in the trace panel: scenarios, fields by hand, the selection, saving. */
class TraceRequestModelTest {

    private final CommandStack commands = new CommandStack(EditorFixtures.fiveMetros());
    private final ManualClock clock = new ManualClock();
    private final TracePlayback playback = new TracePlayback(clock);
    private final TraceSession session = new TraceSession(commands.topologyProperty(), playback, TraceComputer.inline());
    private final TraceRequestModel model = new TraceRequestModel(commands, session);

    private Scenario scenario(String id) {
        return commands.topology().scenario(id).orElseThrow();
    }

    @Test
    void theChoicesAreTheDocumentsScenariosZonesAndOrigins() {
        assertThat(model.scenarios()).extracting(Scenario::id).containsExactly("mad-miss");
        assertThat(model.zones()).containsExactly("shop.example.com");
        assertThat(model.origins()).containsExactly("acme-origin");
    }

    @Test
    void ingressServersAreSuggestedFromWhatIsTypedNotListed() {
        assertThat(model.ingressSuggestions("AMS1", 10)).containsExactly("ams1-s1", "ams1-s2");
        assertThat(model.ingressSuggestions("s2", 10)).as("ids that contain it follow those that start with it")
                .allMatch(id -> id.contains("s2")).isNotEmpty();
        assertThat(model.ingressSuggestions("", 3)).hasSize(3);
        assertThat(model.isServer("mad1-s2")).isTrue();
        assertThat(model.isServer("nowhere")).isFalse();
    }

    @Test
    void choosingAScenarioFillsInItsRequestAndTracesIt() {
        model.chooseScenario("mad-miss");

        assertThat(model.zoneProperty().get()).isEqualTo("shop.example.com");
        assertThat(model.originProperty().get()).isEqualTo("acme-origin");
        assertThat(model.ingressProperty().get()).isEqualTo("mad1-s2");
        assertThat(model.familyProperty().get()).isNull();
        assertThat(session.requestProperty().get()).isEqualTo(TraceRequest.of(scenario("mad-miss")));
        assertThat(session.traceProperty().get().tier()).isEqualTo(Tier.SAME_DATA_CENTER);
    }

    @Test
    void changingAFieldTurnsTheScenarioIntoARequestByHand() {
        model.chooseScenario("mad-miss");

        model.ingressProperty().set("fra1-s2");

        assertThat(model.scenarioProperty().get()).isNull();
        assertThat(session.requestProperty().get())
                .isEqualTo(TraceRequest.byHand("shop.example.com", "acme-origin", "fra1-s2", null));
        assertThat(session.traceProperty().get().ingress().server()).isEqualTo("fra1-s2");
    }

    @Test
    void aRequestByHandIsTracedOnceItIsComplete() {
        model.zoneProperty().set("shop.example.com");
        model.originProperty().set("acme-origin");
        assertThat(session.requestProperty().get()).isNull();

        model.ingressProperty().set("lon1-s1");

        assertThat(session.traceProperty().get().tier()).isEqualTo(Tier.SAME_SERVER);
    }

    @Test
    void sendingFromAServerKeepsTheZoneAndOriginAndFillsInWhatIsMissing() {
        model.sendFrom("par1-s2");

        assertThat(model.zoneProperty().get()).isEqualTo("shop.example.com");
        assertThat(model.originProperty().get()).isEqualTo("acme-origin");
        assertThat(session.traceProperty().get().ingress().server()).isEqualTo("par1-s2");
        assertThat(session.traceProperty().get().egress().server()).isEqualTo("par1-s1");
    }

    @Test
    void editingTheFollowedScenarioChangesTheTrace() {
        model.chooseScenario("mad-miss");

        commands.execute("Move the scenario", t -> CatalogEdits.update(t, Catalog.SCENARIOS, "mad-miss",
                s -> new Scenario(s.id(), s.name(), s.description(), s.zone(), s.origin(), "lon1-s1", s.family(),
                        s.expect())));

        assertThat(model.scenarioProperty().get().ingressServer()).isEqualTo("lon1-s1");
        assertThat(model.ingressProperty().get()).isEqualTo("lon1-s1");
        assertThat(session.traceProperty().get().ingress().server()).isEqualTo("lon1-s1");
    }

    @Test
    void deletingTheFollowedScenarioKeepsTracingItsRequestByHand() {
        model.chooseScenario("mad-miss");

        commands.execute("Delete", t -> CatalogEdits.remove(t, Catalog.SCENARIOS, "mad-miss"));

        assertThat(model.scenarioProperty().get()).isNull();
        assertThat(session.problemProperty().get()).isEmpty();
        assertThat(session.traceProperty().get().ingress().server()).isEqualTo("mad1-s2");
    }

    @Test
    void savingARequestAsAScenarioIsOneUndoableStepThatRecordsTheTierSeen() {
        model.sendFrom("fra1-s2");
        model.familyProperty().set(Family.IPV4);

        String id = model.saveAsScenario("Shop from Frankfurt");

        Scenario saved = scenario(id);
        assertThat(id).isEqualTo("shop-from-frankfurt");
        assertThat(saved).isEqualTo(new Scenario(id, "Shop from Frankfurt", null, "shop.example.com", "acme-origin",
                "fra1-s2", Family.IPV4, "SAME_DATA_CENTER"));
        assertThat(commands.undoLabelProperty().get()).isEqualTo("Undo Add scenario shop-from-frankfurt");
        assertThat(model.scenarioProperty().get()).isEqualTo(saved);
        assertThat(session.requestProperty().get()).isEqualTo(TraceRequest.of(saved));

        clock.run(1);
        double at = playback.positionProperty().get();

        commands.undo();

        assertThat(playback.positionProperty().get()).as("the trace plays on").isEqualTo(at);
        assertThat(commands.topology().scenario(id)).isEmpty();
        assertThat(model.scenarioProperty().get()).isNull();
        assertThat(session.traceProperty().get().ingress().server()).isEqualTo("fra1-s2");
    }

    @Test
    void savingDoesNotInterruptThePlayingTrace() {
        model.sendFrom("fra1-s2");
        clock.run(1);
        double at = playback.positionProperty().get();

        model.saveAsScenario("Shop");

        assertThat(playback.positionProperty().get()).isEqualTo(at);
    }

    @Test
    void aTakenNameGetsANumber() {
        model.sendFrom("fra1-s2");

        model.saveAsScenario("Mad miss");
        String second = model.saveAsScenario("Mad miss");

        assertThat(second).isEqualTo("mad-miss-3");
    }

    @Test
    void aBlankNameFallsBackToTheSuggestedOne() {
        model.sendFrom("fra1-s2");
        model.familyProperty().set(Family.IPV6);

        assertThat(model.suggestedScenarioName()).isEqualTo("shop.example.com from fra1-s2 over IPv6");
        String id = model.saveAsScenario(" ");

        assertThat(scenario(id).name()).isEqualTo("shop.example.com from fra1-s2 over IPv6");
    }

    @Test
    void anIncompleteRequestCannotBeSaved() {
        model.zoneProperty().set("shop.example.com");

        assertThat(model.saveAsScenario("Half a request")).isNull();
        assertThat(commands.canUndoProperty().get()).isFalse();
    }

    @Test
    void clearingForgetsTheRequest() {
        model.chooseScenario("mad-miss");

        model.clear();

        assertThat(model.zoneProperty().get()).isNull();
        assertThat(session.requestProperty().get()).isNull();
    }
}
