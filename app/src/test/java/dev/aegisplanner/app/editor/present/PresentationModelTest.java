package dev.aegisplanner.app.editor.present;

import static org.assertj.core.api.Assertions.assertThat;

import dev.aegisplanner.app.command.CommandStack;
import dev.aegisplanner.app.editor.EditorFixtures;
import dev.aegisplanner.app.editor.trace.TraceComputer;
import dev.aegisplanner.app.editor.trace.TraceRequestModel;
import dev.aegisplanner.app.editor.trace.TraceSession;
import dev.aegisplanner.app.trace.ManualClock;
import dev.aegisplanner.app.trace.TracePlayback;
import dev.aegisplanner.model.edit.Catalog;
import dev.aegisplanner.model.edit.CatalogEdits;
import dev.aegisplanner.model.edit.PropertyEdits;
import dev.aegisplanner.model.topology.ElementRef;
import dev.aegisplanner.model.topology.Family;
import dev.aegisplanner.model.topology.Status;
import dev.aegisplanner.model.topology.Scenario;
import dev.aegisplanner.model.topology.Topology;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The presentation's playlist and captions, without a window. */
class PresentationModelTest {

    private static final Scenario FRA = new Scenario("fra", "Frankfurt", "Forwards next door.", "shop.example.com",
            "acme-origin", "fra1-s2", null, null);
    private static final Scenario LON_V6 = new Scenario("lon-v6", null, null, "shop.example.com", "acme-origin",
            "lon1-s1", Family.IPV4, null);

    private final CommandStack commands = new CommandStack(EditorFixtures.fiveMetros());
    private final ManualClock clock = new ManualClock();
    private final TracePlayback playback = new TracePlayback(clock);
    private final TraceSession session = new TraceSession(commands.topologyProperty(), playback, TraceComputer.inline());
    private final TraceRequestModel request = new TraceRequestModel(commands, session);
    private final PresentationModel model = new PresentationModel(request, session);

    private List<Scenario> three() {
        commands.execute("Add", t -> CatalogEdits.add(CatalogEdits.add(t, Catalog.SCENARIOS, FRA), Catalog.SCENARIOS,
                LON_V6));
        commands.execute("Take lon1-s1 down", t -> PropertyEdits.setStatus(t, ElementRef.server("lon1-s1"), Status.DOWN));
        return commands.topology().scenarios();
    }

    @Test
    void startingPlaysTheFirstScenarioWithItsCaptions() {
        model.start(three());

        assertThat(model.positionProperty().get()).isEqualTo("1 / 3");
        assertThat(model.titleProperty().get()).isEqualTo("mad-miss");
        assertThat(model.captionProperty().get()).isEqualTo("shop.example.com from mad1-s2 to acme-origin");
        assertThat(request.scenarioProperty().get().id()).isEqualTo("mad-miss");
        assertThat(playback.playingProperty().get()).isTrue();
    }

    @Test
    void nextAndPreviousGoRoundTheList() {
        model.start(three());

        model.next();
        assertThat(model.titleProperty().get()).isEqualTo("Frankfurt");
        assertThat(model.captionProperty().get()).isEqualTo("Forwards next door.");
        model.next();
        assertThat(model.captionProperty().get()).isEqualTo("shop.example.com from lon1-s1 to acme-origin");
        model.next();
        assertThat(model.indexProperty().get()).isZero();
        model.previous();
        assertThat(model.scenarioProperty().get()).isEqualTo(LON_V6);
        // Its ingress server is down: the presentation shows the engine's refusal.
        assertThat(session.problemProperty().get()).isEqualTo("Ingress server lon1-s1 is down");
    }

    @Test
    void aListOfOneReplaysItsScenario() {
        model.start(List.of(commands.topology().scenarios().get(0)));
        clock.run(30);
        assertThat(playback.atEndProperty().get()).isTrue();

        model.next();

        assertThat(playback.playingProperty().get()).isTrue();
        assertThat(playback.positionProperty().get()).isZero();
    }

    @Test
    void anEmptyListShowsNothing() {
        model.start(List.of());
        model.next();

        assertThat(model.indexProperty().get()).isEqualTo(-1);
        assertThat(session.requestProperty().get()).isNull();
    }

    @Test
    void thePlaylistIsEveryScenarioUntilOneIsChosenThenKeepsItsOrder() {
        Topology topology = EditorFixtures.fiveMetros();
        commands.reset(topology);
        three();
        PresentationPlaylist playlist = new PresentationPlaylist();
        assertThat(playlist.scenarios(commands.topology())).extracting(Scenario::id)
                .containsExactly("mad-miss", "fra", "lon-v6");

        playlist.choose(List.of("lon-v6", "gone", "mad-miss"));

        assertThat(playlist.scenarios(commands.topology())).extracting(Scenario::id).containsExactly("lon-v6", "mad-miss");
        playlist.reset();
        assertThat(playlist.isChosen()).isFalse();
    }
}
