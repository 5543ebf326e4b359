package dev.aegisplanner.app.editor.trace;

import dev.aegisplanner.app.document.SelectionModel;
import dev.aegisplanner.app.editor.actions.Controls;
import dev.aegisplanner.app.editor.actions.EditorAction;
import dev.aegisplanner.app.editor.actions.EditorActions;
import dev.aegisplanner.app.trace.TracePlayback;
import dev.aegisplanner.model.topology.ElementKind;
import dev.aegisplanner.model.topology.ElementRef;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.scene.control.Menu;
import javafx.scene.control.SeparatorMenuItem;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;
import org.kordamp.ikonli.materialdesign2.MaterialDesignP;
import org.kordamp.ikonli.materialdesign2.MaterialDesignR;
import org.kordamp.ikonli.materialdesign2.MaterialDesignS;

/**
 * The trace's actions, for the Trace menu, the panel's buttons and the keyboard. Stepping keys are the
 * debugger's (F7 back, F8 forward), play and pause F6, since the arrows and Space belong to the canvas and
 * the fields.
 */
public final class TraceActions {

    public final EditorAction playPause;
    public final EditorAction stepBack;
    public final EditorAction stepForward;
    public final EditorAction restart;
    public final EditorAction sendFromHere;
    public final EditorAction saveAsScenario;
    public final EditorAction presentation;
    public final EditorAction presentationScenarios;

    /**
     * @param askName asks the planner for the scenario's name, given a suggestion; empty when cancelled
     * @param present starts presentation mode; {@code choosePresented} opens the list of scenarios it plays
     */
    public TraceActions(TracePanelModel panel, TraceRequestModel request, SelectionModel selection,
                        UnaryOperator<Optional<String>> askName, Runnable present, Runnable choosePresented) {
        TracePlayback playback = panel.playback();
        BooleanBinding noTrace = panel.session().traceProperty().isNull();
        playPause = EditorAction.of("trace-play", "Play / Pause", playback::togglePlaying).key("F6")
                .icon(MaterialDesignP.PLAY).help("Play or pause the packet (F6)")
                .textFrom(Bindings.when(playback.playingProperty()).then("Pause").otherwise("Play"))
                .disabledWhen(noTrace);
        stepBack = EditorAction.of("trace-step-back", "Step Back", playback::stepBack).key("F7")
                .icon(MaterialDesignS.STEP_BACKWARD).help("Back to the previous hop (F7)")
                .disabledWhen(noTrace.or(playback.atStartProperty()));
        stepForward = EditorAction.of("trace-step-forward", "Step Forward", playback::stepForward).key("F8")
                .icon(MaterialDesignS.STEP_FORWARD).help("On to the next hop (F8)")
                .disabledWhen(noTrace.or(playback.atEndProperty()));
        restart = EditorAction.of("trace-restart", "Replay from the Client", playback::restart).key("Shift+F6")
                .icon(MaterialDesignR.REPLAY).help("Replay from the client (Shift+F6)").disabledWhen(noTrace);
        BooleanBinding oneServer = oneServerSelected(selection);
        sendFromHere = EditorAction.of("trace-send-from-here", "Send Request from Here",
                        () -> selectedServer(selection).ifPresent(request::sendFrom)).key("Shortcut+T")
                .icon(MaterialDesignC.CROSSHAIRS_GPS)
                .help("Trace the request from the selected server (Ctrl+T)").disabledWhen(oneServer.not());
        saveAsScenario = EditorAction.of("trace-save-scenario", "Save Request as Scenario...",
                        () -> askName.apply(Optional.of(request.suggestedScenarioName()))
                                .ifPresent(request::saveAsScenario))
                .icon(MaterialDesignC.CONTENT_SAVE_OUTLINE).help("Save this request as a scenario of the document")
                .disabledWhen(noTrace.and(panel.session().problemProperty().isEmpty()));
        presentation = EditorAction.of("presentation", "Presentation", present).key("F5")
                .icon(MaterialDesignP.PRESENTATION_PLAY).help("Play the scenarios full screen, one after another (F5)")
                .disabledWhen(Bindings.isEmpty(request.scenarios()));
        presentationScenarios = EditorAction.of("presentation-scenarios", "Presentation Scenarios...", choosePresented)
                .icon(MaterialDesignP.PLAYLIST_EDIT).help("Choose and order the scenarios presentation mode plays")
                .disabledWhen(Bindings.isEmpty(request.scenarios()));
    }

    private static BooleanBinding oneServerSelected(SelectionModel selection) {
        return Bindings.createBooleanBinding(() -> selectedServer(selection).isPresent(), selection.selectionProperty());
    }

    private static Optional<String> selectedServer(SelectionModel selection) {
        return selection.selected().size() == 1
                ? selection.selected().stream().filter(r -> r.kind() == ElementKind.SERVER).map(ElementRef::id).findFirst()
                : Optional.empty();
    }

    /** The Trace menu; presentation mode is in the View menu. */
    public Menu menu() {
        Menu menu = new Menu("_Trace");
        menu.setId("menu-trace");
        menu.getItems().addAll(Controls.menuItem(playPause), Controls.menuItem(stepBack),
                Controls.menuItem(stepForward), Controls.menuItem(restart), new SeparatorMenuItem(),
                Controls.menuItem(sendFromHere), Controls.menuItem(saveAsScenario));
        return menu;
    }

    /** The actions with shortcuts, for the shortcuts sheet. */
    public EditorActions.Group group() {
        return new EditorActions.Group("Trace", List.of(playPause, stepBack, stepForward, restart, sendFromHere,
                presentation));
    }
}
